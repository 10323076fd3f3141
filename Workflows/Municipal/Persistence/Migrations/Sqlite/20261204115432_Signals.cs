using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseSystem.Workflows.Municipal.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Signals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "citizen_notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    ToFollower = table.Column<bool>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    SubjectBg = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SubjectEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TextBg = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TextEn = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_citizen_notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_citizen_notifications_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "signals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AddressKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    District = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    PublicDescription = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    PostalAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    EventsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecisionDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Extensions = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkflowStartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Closure = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DuplicateOf = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReopenRequestedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReopenReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Reopenings = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_signals_cases_Id",
                        column: x => x.Id,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "signal_duplicates",
                columns: table => new
                {
                    SignalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistanceMetres = table.Column<double>(type: "REAL", nullable: true),
                    FoundAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signal_duplicates", x => new { x.SignalId, x.CandidateId });
                    table.ForeignKey(
                        name: "FK_signal_duplicates_signals_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "signals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_signal_duplicates_signals_SignalId",
                        column: x => x.SignalId,
                        principalTable: "signals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "signal_followers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SignalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signal_followers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_signal_followers_signals_SignalId",
                        column: x => x.SignalId,
                        principalTable: "signals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "signal_photos",
                columns: table => new
                {
                    SignalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signal_photos", x => new { x.SignalId, x.Position });
                    table.ForeignKey(
                        name: "FK_signal_photos_signals_SignalId",
                        column: x => x.SignalId,
                        principalTable: "signals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_citizen_notifications_AccountId",
                table: "citizen_notifications",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_citizen_notifications_CaseId",
                table: "citizen_notifications",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_citizen_notifications_SentAt_Id",
                table: "citizen_notifications",
                columns: new[] { "SentAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_signal_duplicates_CandidateId",
                table: "signal_duplicates",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_signal_followers_AccountId",
                table: "signal_followers",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_signal_followers_SignalId_AccountId",
                table: "signal_followers",
                columns: new[] { "SignalId", "AccountId" });

            migrationBuilder.CreateIndex(
                name: "IX_signal_followers_SignalId_Email",
                table: "signal_followers",
                columns: new[] { "SignalId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_signal_photos_DocumentId",
                table: "signal_photos",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_signals_CategoryCode_AddressKey",
                table: "signals",
                columns: new[] { "CategoryCode", "AddressKey" });

            migrationBuilder.CreateIndex(
                name: "IX_signals_CategoryCode_Latitude",
                table: "signals",
                columns: new[] { "CategoryCode", "Latitude" });

            migrationBuilder.CreateIndex(
                name: "IX_signals_CategoryCode_ReceivedAt",
                table: "signals",
                columns: new[] { "CategoryCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_signals_ReceivedAt",
                table: "signals",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_signals_WorkflowStartedAt",
                table: "signals",
                column: "WorkflowStartedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "citizen_notifications");

            migrationBuilder.DropTable(
                name: "signal_duplicates");

            migrationBuilder.DropTable(
                name: "signal_followers");

            migrationBuilder.DropTable(
                name: "signal_photos");

            migrationBuilder.DropTable(
                name: "signals");
        }
    }
}

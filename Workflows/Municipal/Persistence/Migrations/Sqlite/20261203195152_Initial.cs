using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseSystem.Workflows.Municipal.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ServiceCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ApplicantKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ApplicantIdentifier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OwnerAccountId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    WorkflowInstanceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AccessCodeHash = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "register_sequences",
                columns: table => new
                {
                    RegisterCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_register_sequences", x => new { x.RegisterCode, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "case_status_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_status_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_status_history_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "register_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisterCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistrationIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Correspondent = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_register_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_register_entries_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_status_history_CaseId_At",
                table: "case_status_history",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_DepartmentCode",
                table: "cases",
                column: "DepartmentCode");

            migrationBuilder.CreateIndex(
                name: "IX_cases_OwnerAccountId",
                table: "cases",
                column: "OwnerAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_RegistrationIndex",
                table: "cases",
                column: "RegistrationIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_WorkflowInstanceId",
                table: "cases",
                column: "WorkflowInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_register_entries_CaseId",
                table: "register_entries",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_register_entries_DocumentId",
                table: "register_entries",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_register_entries_RegisterCode_Year_Sequence",
                table: "register_entries",
                columns: new[] { "RegisterCode", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_register_entries_RegistrationIndex",
                table: "register_entries",
                column: "RegistrationIndex",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_status_history");

            migrationBuilder.DropTable(
                name: "register_entries");

            migrationBuilder.DropTable(
                name: "register_sequences");

            migrationBuilder.DropTable(
                name: "cases");
        }
    }
}

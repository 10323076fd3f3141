using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseSystem.Workflows.Municipal.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StaffNotificationMail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EmailAttempts",
                table: "notifications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EmailedAt",
                table: "notifications",
                type: "timestamp with time zone",
                nullable: true);

            // What was written before staff notifications were e-mailed has been read in the inbox or not: it is
            // not sent now, long after the fact.
            migrationBuilder.Sql("UPDATE notifications SET \"EmailedAt\" = \"CreatedAt\"");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_unmailed",
                table: "notifications",
                column: "Id",
                filter: "\"EmailedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_notifications_unmailed",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "EmailAttempts",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "EmailedAt",
                table: "notifications");
        }
    }
}

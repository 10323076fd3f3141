using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseSystem.Workflows.Municipal.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegisterSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "register_entries",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // Entries registered before this migration. TODO: SQLite's lower() folds ASCII only, so in older
            // entries Cyrillic is found only as it was written (new entries are folded in .NET); goes when no
            // SQLite database holds entries from before this migration.
            migrationBuilder.Sql("UPDATE register_entries SET \"SearchText\" = lower(\"RegistrationIndex\" || char(10) "
                + "|| \"Correspondent\" || char(10) || \"Subject\")");

            migrationBuilder.CreateIndex(
                name: "IX_register_entries_Date_CreatedAt",
                table: "register_entries",
                columns: new[] { "Date", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_register_entries_Date_CreatedAt",
                table: "register_entries");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "register_entries");
        }
    }
}

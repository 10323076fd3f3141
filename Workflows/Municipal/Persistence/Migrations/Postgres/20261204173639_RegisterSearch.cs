using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseSystem.Workflows.Municipal.Persistence.Migrations.Postgres
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
                type: "text",
                nullable: false,
                defaultValue: "");

            // Entries registered before this migration: PostgreSQL's lower() folds Cyrillic in a UTF-8
            // database (unless its collation is C), as .NET does.
            migrationBuilder.Sql("UPDATE register_entries SET \"SearchText\" = lower(\"RegistrationIndex\" "
                + "|| chr(10) || \"Correspondent\" || chr(10) || \"Subject\")");

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

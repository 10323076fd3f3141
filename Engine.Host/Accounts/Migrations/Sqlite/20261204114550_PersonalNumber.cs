using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseSystem.Host.Accounts.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonalNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PersonalNumber",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 10,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PersonalNumber",
                table: "AspNetUsers");
        }
    }
}

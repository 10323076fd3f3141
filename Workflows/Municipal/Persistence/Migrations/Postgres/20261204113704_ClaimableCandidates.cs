using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseSystem.Workflows.Municipal.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ClaimableCandidates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Claimable",
                table: "human_task_candidates",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // The tasks open and unclaimed before the column existed: their candidates may claim them.
            migrationBuilder.Sql(
                """
                UPDATE human_task_candidates SET "Claimable" = TRUE
                WHERE "TaskId" IN (SELECT "Id" FROM human_tasks WHERE "State" = 'Open' AND "Assignee" IS NULL)
                """);

            migrationBuilder.CreateIndex(
                name: "IX_human_task_candidates_Claimable",
                table: "human_task_candidates",
                columns: new[] { "Kind", "Value", "TaskId" },
                filter: "\"Claimable\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_human_task_candidates_Claimable",
                table: "human_task_candidates");

            migrationBuilder.DropColumn(
                name: "Claimable",
                table: "human_task_candidates");
        }
    }
}

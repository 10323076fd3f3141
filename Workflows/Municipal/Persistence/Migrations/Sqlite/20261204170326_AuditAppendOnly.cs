using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseSystem.Workflows.Municipal.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit log is append-only: the database refuses to change or remove an entry, whoever asks.
            migrationBuilder.Sql(
                """
                CREATE TRIGGER human_task_audit_no_update BEFORE UPDATE ON human_task_audit
                BEGIN SELECT RAISE(ABORT, 'human_task_audit is append-only: entries cannot be changed'); END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER human_task_audit_no_delete BEFORE DELETE ON human_task_audit
                BEGIN SELECT RAISE(ABORT, 'human_task_audit is append-only: entries cannot be deleted'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS human_task_audit_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS human_task_audit_no_delete;");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseSystem.Workflows.Municipal.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit log is append-only: the database refuses to change, remove or truncate entries, whoever asks.
            migrationBuilder.Sql(
                """
                CREATE FUNCTION human_task_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'human_task_audit is append-only: % refused', TG_OP
                        USING ERRCODE = 'restrict_violation';
                END
                $$;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER human_task_audit_no_change BEFORE UPDATE OR DELETE ON human_task_audit
                FOR EACH ROW EXECUTE FUNCTION human_task_audit_append_only();
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER human_task_audit_no_truncate BEFORE TRUNCATE ON human_task_audit
                FOR EACH STATEMENT EXECUTE FUNCTION human_task_audit_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS human_task_audit_no_truncate ON human_task_audit;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS human_task_audit_no_change ON human_task_audit;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS human_task_audit_append_only();");
        }
    }
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseSystem.Workflows.Runtime.Persistence.Migrations.Postgres
{
    /// <summary>
    /// Every run reads and rewrites its instance's row, whose state is a JSON document of a few kilobytes. By
    /// default PostgreSQL compresses a row past about 2 KB on every write and decompresses it on every read (in a
    /// probe, compressing doubled the time of each update); rows up to about 4 KB now stay as they are. Larger
    /// states are still compressed, and moved out of line past a page. Only the table's storage changes.
    /// </summary>
    [DbContext(typeof(PostgresWorkflowDbContext))]
    [Migration("20261204120000_InstanceStateInline")]
    public partial class InstanceStateInline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("ALTER TABLE workflow_instances SET (toast_tuple_target = 4080);");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("ALTER TABLE workflow_instances RESET (toast_tuple_target);");
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LoyaltyArena.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ModuleCover : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CoverImage",
                table: "TrainingModules",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CoverImage",
                table: "TrainingModules");
        }
    }
}

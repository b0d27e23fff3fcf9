using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LoyaltyArena.Migrations.Sqlite.Migrations
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
                type: "TEXT",
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

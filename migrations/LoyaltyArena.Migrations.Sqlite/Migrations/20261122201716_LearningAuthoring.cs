using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LoyaltyArena.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LearningAuthoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "TrainingModules",
                type: "INTEGER",
                nullable: false,
                defaultValue: true); // modules written before drafts existed were already live

            migrationBuilder.AddColumn<string>(
                name: "TargetPartnerKind",
                table: "TrainingModules",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetRegion",
                table: "TrainingModules",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Published",
                table: "TrainingModules");

            migrationBuilder.DropColumn(
                name: "TargetPartnerKind",
                table: "TrainingModules");

            migrationBuilder.DropColumn(
                name: "TargetRegion",
                table: "TrainingModules");
        }
    }
}

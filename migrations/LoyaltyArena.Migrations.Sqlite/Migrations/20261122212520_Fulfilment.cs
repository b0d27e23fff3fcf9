using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LoyaltyArena.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Fulfilment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Image",
                table: "Rewards",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Courier",
                table: "Redemptions",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeliveredAt",
                table: "Redemptions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PackedAt",
                table: "Redemptions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PaidAt",
                table: "Redemptions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayoutReference",
                table: "Redemptions",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ShipAddress",
                table: "Redemptions",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ShipCity",
                table: "Redemptions",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ShipPhone",
                table: "Redemptions",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ShipPostalCode",
                table: "Redemptions",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ShipRecipient",
                table: "Redemptions",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ShippedAt",
                table: "Redemptions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Stage",
                table: "Redemptions",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Issued");

            migrationBuilder.AddColumn<string>(
                name: "TrackingNumber",
                table: "Redemptions",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WalletNumber",
                table: "Redemptions",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WalletProvider",
                table: "Redemptions",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Redemptions_Stage_CreatedAt",
                table: "Redemptions",
                columns: new[] { "Stage", "CreatedAt" });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Redemptions_PaidHasReference",
                table: "Redemptions",
                sql: "\"Stage\" <> 'Paid' OR \"PayoutReference\" IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Redemptions_PayoutHasWallet",
                table: "Redemptions",
                sql: "\"Stage\" NOT IN ('PaymentPending', 'Paid') OR \"WalletNumber\" IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Redemptions_ShipmentHasAddress",
                table: "Redemptions",
                sql: "\"Stage\" NOT IN ('Ordered', 'Packed', 'Shipped') OR \"ShipAddress\" IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Redemptions_ShippedHasTracking",
                table: "Redemptions",
                sql: "\"ShipAddress\" IS NULL OR \"Stage\" NOT IN ('Shipped', 'Delivered') OR \"TrackingNumber\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Redemptions_Stage_CreatedAt",
                table: "Redemptions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Redemptions_PaidHasReference",
                table: "Redemptions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Redemptions_PayoutHasWallet",
                table: "Redemptions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Redemptions_ShipmentHasAddress",
                table: "Redemptions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Redemptions_ShippedHasTracking",
                table: "Redemptions");

            migrationBuilder.DropColumn(
                name: "Image",
                table: "Rewards");

            migrationBuilder.DropColumn(
                name: "Courier",
                table: "Redemptions");

            migrationBuilder.DropColumn(
                name: "DeliveredAt",
                table: "Redemptions");

            migrationBuilder.DropColumn(
                name: "PackedAt",
                table: "Redemptions");

            migrationBuilder.DropColumn(
                name: "PaidAt",
                table: "Redemptions");

            migrationBuilder.DropColumn(
                name: "PayoutReference",
                table: "Redemptions");

            migrationBuilder.DropColumn(
                name: "ShipAddress",
                table: "Redemptions");

            migrationBuilder.DropColumn(
                name: "ShipCity",
                table: "Redemptions");

            migrationBuilder.DropColumn(
                name: "ShipPhone",
                table: "Redemptions");

            migrationBuilder.DropColumn(
                name: "ShipPostalCode",
                table: "Redemptions");

            migrationBuilder.DropColumn(
                name: "ShipRecipient",
                table: "Redemptions");

            migrationBuilder.DropColumn(
                name: "ShippedAt",
                table: "Redemptions");

            migrationBuilder.DropColumn(
                name: "Stage",
                table: "Redemptions");

            migrationBuilder.DropColumn(
                name: "TrackingNumber",
                table: "Redemptions");

            migrationBuilder.DropColumn(
                name: "WalletNumber",
                table: "Redemptions");

            migrationBuilder.DropColumn(
                name: "WalletProvider",
                table: "Redemptions");
        }
    }
}

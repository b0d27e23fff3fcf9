using System.Globalization;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Learning;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Core.Rewards;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Data;

/// <summary>
/// A believable program for a paint brand: 3 distributors, 12 stores, about 40 staff with some
/// history (through the ledger, so every invariant holds), a training with its quiz and a catalog.
/// </summary>
public sealed class DemoProgram(ArenaDbContext db, ArenaTransactions transactions, PointsLedger ledger, RedemptionService redemptions, Tiers.TierService tiers,
    Challenges.ContestService contests, ProgramCalendar calendar, TimeProvider clock)
{
    public const string Password = "Demo!2026";
    public const string StaffEmail = "staff@demo.test";
    public const string OwnerEmail = "owner@demo.test";
    public const string MarketerEmail = "marketer@demo.test";
    public const string AdminEmail = "admin@demo.test";
    public const string StaffPhone = "0812-0000-2026";
    public const string ApiKey = "demo-sales-key-2026";
    public const string DemoSku = "DEMO-SKU-1";

    public async Task<bool> IsNeededAsync(CancellationToken cancellationToken) => !await db.Members.AnyAsync(cancellationToken);

    public const string InviteCode = "tokosinar1";
    public const string PendingPhone = "0812-0000-3001";

    /// <param name="hashPassword">Hashes <see cref="Password"/> with a fresh salt, by the host's password hasher.</param>
    public async Task SeedAsync(Func<string> hashPassword, CancellationToken cancellationToken)
    {
        await transactions.WriteAsync(async ct =>
        {
            var roles = Roles.All.ToDictionary(r => r, r => new IdentityRole<int>(r) { NormalizedName = r.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
            db.Roles.AddRange(roles.Values);

            var brand = new Partner("Arena Cat Nusantara", PartnerKind.Brand, "Nasional");
            var stores = Stores(brand);
            stores[0].AllowSharedPhones(true); // the demo clerk's store keeps its counter phone shared
            db.Partners.Add(brand);
            db.Partners.AddRange(stores);
            await db.SaveChangesAsync(ct);

            var random = new Random(2026);
            var people = new List<(Member Member, string Role)>
            {
                (NewMember("Sari Wulandari", StaffEmail, StaffPhone, stores[0]), Roles.Staff),
                (NewMember("Budi Santoso", OwnerEmail, "0812-0000-2027", stores[0]), Roles.Owner),
                (NewMember("Maya Pratiwi", MarketerEmail, null, brand), Roles.Marketer),
                (NewMember("Andi Wijaya", AdminEmail, null, brand), Roles.Admin),
            };
            var storeList = stores.Where(s => s.Kind == PartnerKind.Store).ToList();
            for (var i = 0; i < 40; i++)
            {
                var name = $"{FirstNames[i % FirstNames.Length]} {LastNames[(i * 5 + 3) % LastNames.Length]}";
                var email = $"staf{i + 1:00}@demo.test";
                people.Add((NewMember(name, email, $"0813-{1000 + i:0000}-{random.Next(1000, 9999)}", storeList[i % storeList.Count]), Roles.Staff));
            }
            foreach (var (member, _) in people)
            {
                member.PasswordHash = hashPassword();
                member.Onboarded(member.CreatedAt);
            }
            db.Members.AddRange(people.Select(p => p.Member));
            await db.SaveChangesAsync(ct);
            db.UserRoles.AddRange(people.Select(p => new IdentityUserRole<int> { UserId = p.Member.Id, RoleId = roles[p.Role].Id }));

            db.TrainingModules.Add(ProductTraining());
            db.Surveys.Add(ProgramSurvey());
            AddProducts();
            db.ApiClients.Add(new Sales.ApiClient("Demo sales system", ApiKey, clock.GetUtcNow().UtcDateTime));
            db.Rewards.AddRange(Catalog(random, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);

            var staff = people.Where(p => p.Role == Roles.Staff).Select(p => p.Member).ToList();
            var challenges = await ChallengesAsync(ct);
            await HistoryAsync(staff, random, challenges, ct);
            await RedemptionsAsync(staff.Skip(1).Take(6).ToList(), ct);
            await ContestsAsync(ct);
            await PeopleAsync(people[0].Member, people[1].Member, staff.Skip(1).Take(3).ToList(), stores[0], hashPassword, roles[Roles.Staff].Id, ct);
            await tiers.RecalculateAllAsync(ct);
            // Demo history happened "before" this program existed: nobody is emailed about it.
            var now = clock.GetUtcNow().UtcDateTime;
            await db.OutboxMessages.ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, now), ct);
            return new Done<bool>(true);
        }, cancellationToken);
    }

    private int _members;

    private Member NewMember(string name, string? email, string? phone, Partner partner, int daysAgo = 90)
    {
        // Four letters of the name and a running number: readable on a WhatsApp share, and unique by construction.
        var code = string.Concat(name.Where(char.IsLetter).Take(4)).ToUpperInvariant() + (1001 + _members++).ToString(CultureInfo.InvariantCulture);
        var member = new Member(name, email, phone, partner.Id, code, clock.GetUtcNow().UtcDateTime.AddDays(-daysAgo));
        member.EmailConfirmed = true;
        member.ConcurrencyStamp = Guid.NewGuid().ToString();
        return member;
    }

    private sealed record DemoChallenges(Challenges.Challenge Display, Challenges.Challenge Greet, Challenges.Challenge December);

    /// <summary>
    /// Real challenges behind the history: one ended ("Foto Display Terbaik", which Sari did), one running that she has
    /// done this week, a running photo challenge with a colleague's proof waiting for review, a streak, a join-first
    /// survey challenge, and a sales target still in draft.
    /// </summary>
    private async Task<DemoChallenges> ChallengesAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Challenges.Challenge New(string title, string description, Challenges.ChallengeKind kind, int target, int? subject, int points, int fromDays, int toDays,
            Challenges.ChallengeStatus status, bool autoEnrol = true)
        {
            var c = new Challenges.Challenge(title, description, kind, target, subject, points, now.Date.AddDays(fromDays), now.Date.AddDays(toDays), now.AddDays(fromDays - 2));
            c.Describe(title, description, kind, target, subject, points, now.Date.AddDays(fromDays), now.Date.AddDays(toDays), null, autoEnrol);
            c.Move(status);
            db.Challenges.Add(c);
            return c;
        }

        var display = New("Foto Display Terbaik", "Tata display Arena Pro di depan toko, lalu kirim fotonya.", Challenges.ChallengeKind.Proof, 1, null, 300, -35, -7, Challenges.ChallengeStatus.Ended);
        var greet = New("Sapa 20 Pelanggan", "Sapa 20 pelanggan dan tawarkan kartu warna; kirim catatan singkat siapa saja yang kamu bantu.", Challenges.ChallengeKind.Proof, 1, null, 300, -6, 8, Challenges.ChallengeStatus.Live);
        var december = New("Rak Display Desember", "Foto rak Arena Pro yang rapi dengan label harga terlihat.", Challenges.ChallengeKind.Proof, 1, null, 250, -1, 20, Challenges.ChallengeStatus.Live);
        New("Aktif 5 Hari Berturut-turut", "Kumpulkan poin apa saja lima hari berturut-turut.", Challenges.ChallengeKind.Streak, 5, null, 250, -3, 25, Challenges.ChallengeStatus.Live);
        var survey = await db.Surveys.Select(s => s.Id).FirstAsync(ct);
        New("Suara Mitra", "Isi survei 2 menit tentang program dan dapat poin tambahan.", Challenges.ChallengeKind.Survey, 1, survey, 100, -2, 12, Challenges.ChallengeStatus.Live, autoEnrol: false);
        var pro5 = await db.Products.Where(p => p.Sku == "AP-5L").Select(p => p.Id).FirstAsync(ct);
        New("Jual 10 Kaleng Arena Pro 5L", "Jual 10 kaleng Arena Pro 5L dalam dua minggu.", Challenges.ChallengeKind.SalesUnits, 10, pro5, 500, 3, 17, Challenges.ChallengeStatus.Draft);
        await db.SaveChangesAsync(ct);
        return new DemoChallenges(display, greet, december);
    }

    private async Task HistoryAsync(IReadOnlyList<Member> staff, Random random, DemoChallenges challenges, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var weekStart = calendar.WeekStartUtc(now);
        DateTime ThisWeek() => weekStart + TimeSpan.FromTicks((long)(random.NextDouble() * (now - weekStart).Ticks));

        var sari = staff[0];
        var story = new (DateTime At, string Reason, string Subject, int Points)[]
        {
            (now.AddDays(-345), LedgerReasons.TrainingCompleted, "Teknik Display Produk", 800),
            (now.AddDays(-10), LedgerReasons.Sale, "Cat Arena Pro 5L x 14", 700),
        };
        var n = 0;
        foreach (var (at, reason, subject, points) in story)
            await ledger.AppendAsync(Posting.Earn(sari.Id, points, "demo", (++n).ToString(CultureInfo.InvariantCulture), reason, subject, at), ct);
        // Two challenges Sari did, paid as the challenge service pays (with a 300-point referral bonus, PeopleAsync, they complete her 2.400).
        foreach (var (challenge, at, note) in new[]
        {
            (challenges.Display, now.AddDays(-21), "Display depan toko sudah rapi, foto dikirim ke grup."),
            (challenges.Greet, ThisWeek(), "Sudah sapa 20 pelanggan, 6 minta kartu warna."),
        })
        {
            db.ProofSubmissions.Add(new Challenges.ProofSubmission(challenge.Id, sari.Id, note, null, null, at));
            var progress = new Challenges.ChallengeProgress(challenge.Id, sari.Id, at);
            progress.Advance(1);
            progress.Complete(at);
            db.ChallengeProgress.Add(progress);
            await db.SaveChangesAsync(ct);
            await ledger.AppendAsync(Posting.Earn(sari.Id, challenge.Points, "challenge", challenge.Id.ToString(CultureInfo.InvariantCulture), LedgerReasons.ChallengeCompleted, challenge.Title, at), ct);
        }
        await db.ProofSubmissions.Where(p => p.MemberId == sari.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, Challenges.ProofStatus.Approved), ct);
        // One colleague's photo note waits in the review queue.
        db.ProofSubmissions.Add(new Challenges.ProofSubmission(challenges.December.Id, staff[1].Id, "Rak sudah ditata ulang, label harga baru terpasang.", null, null, now.AddHours(-3)));
        await db.SaveChangesAsync(ct);

        foreach (var member in staff.Skip(1))
        {
            var entries = random.Next(2, 7);
            for (var i = 0; i < entries; i++)
            {
                var (reason, subject) = Activities[random.Next(Activities.Length)];
                var at = random.NextDouble() < 0.35 ? ThisWeek() : now.AddDays(-random.Next(7, 60)).AddMinutes(-random.Next(0, 600));
                var points = PointSteps[random.Next(PointSteps.Length)];
                await ledger.AppendAsync(Posting.Earn(member.Id, points, "demo", (++n).ToString(CultureInfo.InvariantCulture), reason, subject, at), ct);
            }
        }
    }

    /// <summary>
    /// The people screens with something real on them: an open invite of Sari's store, two people waiting for its
    /// owner, and Sari's referrals in every state (waiting, joined, paid, refused).
    /// </summary>
    private async Task PeopleAsync(Member sari, Member owner, IReadOnlyList<Member> colleagues, Partner store, Func<string> hashPassword, int staffRoleId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Invitations.Add(new Referrals.Invitation(InviteCode, store.Id, owner.Id, needsApproval: true, now.AddDays(-2), now.AddDays(12)));
        var pending = new[]
        {
            NewMember("Rizky Ramadhan", "rizky@demo.test", PendingPhone, store, daysAgo: 1),
            NewMember("Nadia Putri", null, "0812-0000-3002", store, daysAgo: 0),
        };
        foreach (var member in pending)
        {
            member.PasswordHash = hashPassword();
            db.Members.Add(member);
        }
        pending[0].AwaitApproval(sari.Id);
        pending[1].AwaitApproval(null);
        await db.SaveChangesAsync(ct);
        db.UserRoles.AddRange(pending.Select(m => new IdentityUserRole<int> { UserId = m.Id, RoleId = staffRoleId }));

        var rules = await db.ProgramRules.AsNoTracking().SingleAsync(ct);
        var waiting = new Referrals.Referral(sari.Id, pending[0].Id, "demo", "demo", now.AddDays(-1), null);
        var joined = new Referrals.Referral(sari.Id, colleagues[0].Id, "demo", "demo", now.AddDays(-20), null);
        joined.Welcomed(rules.ReferralWelcomePoints);
        var paid = new Referrals.Referral(sari.Id, colleagues[1].Id, "demo", "demo", now.AddDays(-40), null);
        paid.Welcomed(rules.ReferralWelcomePoints);
        paid.Qualified(now.AddDays(-30), rules.ReferralBonusPoints, capReached: false);
        var refused = new Referrals.Referral(sari.Id, colleagues[2].Id, "demo", "demo", now.AddDays(-15), Referrals.ReferralPolicy.SameSource);
        db.Referrals.AddRange(waiting, joined, paid, refused);
        await db.SaveChangesAsync(ct);
        await ledger.AppendAsync(Posting.Earn(sari.Id, rules.ReferralBonusPoints, "referral", paid.Id.ToString(CultureInfo.InvariantCulture),
            LedgerReasons.Referral, colleagues[1].DisplayName, now.AddDays(-30)), ct);
    }

    /// <summary>
    /// A running fair-league contest between stores, and November's contest in Sumatera, closed five days ago with its
    /// winners paid then (so today's boards and Sari's story are as they were).
    /// </summary>
    private async Task ContestsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var league = new Challenges.Contest("Liga Toko Desember", "Toko dengan poin terbanyak di liganya menang. Toko kecil bertanding dengan toko kecil.",
            Challenges.ContestMetric.Points, Challenges.ContestScope.Store, null, now.Date.AddDays(-1), now.Date.AddDays(28), brackets: true, "1000,500,250", now.AddDays(-2));
        league.Publish();
        var november = new Challenges.Contest("Juara Sumatera November", "Poin terbanyak di Sumatera Utara selama November.",
            Challenges.ContestMetric.Points, Challenges.ContestScope.Individual, null, now.Date.AddDays(-35), now.Date.AddDays(-5), brackets: false, "750,400,200", now.AddDays(-36));
        november.ForSegment(PartnerKind.Store, "Sumatera Utara");
        november.Publish();
        db.Contests.AddRange(league, november);
        await db.SaveChangesAsync(ct);
        await contests.CloseAsAtAsync(november.Id, now.Date.AddDays(-5), ct);
    }

    /// <summary>A few earlier redemptions, so the catalog and the dashboard show real use.</summary>
    private async Task RedemptionsAsync(IReadOnlyList<Member> redeemers, CancellationToken ct)
    {
        var pulsa = await db.Rewards.Where(r => r.Category == RewardCategory.Pulsa).Select(r => new { r.Id, r.Cost }).FirstAsync(ct);
        foreach (var member in redeemers)
        {
            await ledger.AppendAsync(Posting.Earn(member.Id, pulsa.Cost, "demo", $"project-{member.Id}", LedgerReasons.Sale, "Proyek perumahan: Arena Pro 25L x 8",
                clock.GetUtcNow().UtcDateTime.AddDays(-45)), ct);
            await redemptions.RedeemAsync(member.Id, pulsa.Id, $"demo-{member.Id}", ct);
        }

        // Some waiting on the team, so the fulfilment queue shows what it is for.
        var cashback = await db.Rewards.Where(r => r.Category == RewardCategory.EWallet && r.MinTierId == null).Select(r => new { r.Id, r.Cost }).FirstAsync(ct);
        var tumbler = await db.Rewards.Where(r => r.Category == RewardCategory.Merchandise && r.Stock > 0).Select(r => new { r.Id, r.Cost }).FirstAsync(ct);
        foreach (var (member, i) in redeemers.Take(3).Select((m, i) => (m, i)))
        {
            var (reward, cost) = i < 2 ? (cashback.Id, cashback.Cost) : (tumbler.Id, tumbler.Cost);
            await ledger.AppendAsync(Posting.Earn(member.Id, cost, "demo", $"display-{member.Id}", LedgerReasons.Sale, "Proyek ruko: Arena Pro 25L x 12",
                clock.GetUtcNow().UtcDateTime.AddDays(-3)), ct);
            var phone = $"0812{member.Id:D4}{7000 + i}";
            await redemptions.RedeemAsync(member.Id, reward, $"demo-fulfil-{member.Id}", new RedeemDetails(
                new PayoutDetails((WalletProvider)(i % 3), phone),
                new ShippingDetails(member.DisplayName, phone, "Jl. Merdeka No. 17, RT 02/RW 05, Kel. Sukajadi", "Bandung", "40162")), ct);
        }
    }

    /// <summary>Products with purchase rules; DEMO-SKU-1 earns 100 points per unit, for the README's curl example.</summary>
    private void AddProducts()
    {
        var demo = new Sales.Product(DemoSku, "Arena Pro 1L (demo)", "Cat tembok");
        var pro5 = new Sales.Product("AP-5L", "Cat Tembok Arena Pro 5L", "Cat tembok");
        var pro25 = new Sales.Product("AP-25L", "Cat Tembok Arena Pro 25L", "Cat tembok");
        var primer = new Sales.Product("AP-PRIMER-5L", "Arena Cat Dasar 5L", "Cat dasar");
        db.Products.AddRange(demo, pro5, pro25, primer);
        db.SaveChanges();
        db.EarnRules.AddRange(
            new Sales.EarnRule(demo.Id, 1, 100, null, null, null, null, null),
            new Sales.EarnRule(pro5.Id, 10, 1_000, 5_000, null, null, null, null),
            new Sales.EarnRule(pro25.Id, 1, 250, null, null, null, null, null),
            new Sales.EarnRule(primer.Id, 5, 300, null, null, null, PartnerKind.Store, null));
    }

    private static List<Partner> Stores(Partner brand)
    {
        var partners = new List<Partner>();
        var regions = new[]
        {
            ("PT Sinar Distribusi Jawa", "Jawa Barat", new[] { ("Toko Bangunan Sinar Jaya", "DKI Jakarta"), ("Depo Cat Makmur", "Jawa Barat"), ("TB Sumber Rejeki", "Jawa Barat"), ("Toko Warna Indah", "Banten") }),
            ("CV Timur Raya Niaga", "Jawa Timur", new[] { ("TB Maju Bersama", "Jawa Timur"), ("Toko Cat Pelangi", "Jawa Timur"), ("Depo Bangunan Sentosa", "Bali"), ("TB Karya Abadi", "Jawa Tengah") }),
            ("PT Sumatra Mitra Niaga", "Sumatera Utara", new[] { ("Toko Cat Medan Jaya", "Sumatera Utara"), ("TB Harapan Baru", "Sumatera Utara"), ("Depo Cat Andalas", "Sumatera Barat"), ("TB Makassar Indah", "Sulawesi Selatan") }),
        };
        var n = 0;
        foreach (var (distributorName, region, stores) in regions)
        {
            n++;
            var distributor = new Partner(distributorName, PartnerKind.Distributor, region, brand).Coded($"DST-{n}", region);
            var retailer = new Partner($"Grosir {region}", PartnerKind.Retailer, region, distributor).Coded($"GRS-{n}", region);
            partners.Add(distributor);
            partners.Add(retailer);
            partners.AddRange(stores.Select((s, i) => new Partner(s.Item1, PartnerKind.Store, s.Item2, retailer).Coded($"TK-{n}{i + 1:000}", s.Item2, (StoreSize)((n + i) % 3))));
        }
        // The demo staff member's store comes first.
        return partners.OrderBy(p => p.Name == "Toko Bangunan Sinar Jaya" ? 0 : 1).ToList();
    }

    private static TrainingModule ProductTraining()
    {
        var module = new TrainingModule("pengenalan-produk", "Pengenalan Produk",
            "Kenali Cat Tembok Arena Pro dalam 3 menit: keunggulan, daya sebar, dan cara menjelaskannya ke pelanggan.", 3);
        module.AddLesson("Apa itu Arena Pro?",
            "**Arena Pro** adalah cat tembok interior berbahan dasar air dari Arena Cat Nusantara.\n\n" +
            "Keunggulan utamanya:\n\n" +
            "- **tahan noda dan bisa dicuci**, cocok untuk rumah dengan anak kecil;\n" +
            "- **rendah bau**, ruangan bisa langsung dipakai;\n" +
            "- **anti jamur** untuk iklim lembap.\n\n" +
            "Satu kaleng 5 liter cukup untuk sekitar **50 meter persegi** untuk dua lapis.");
        module.AddLesson("Menjelaskan ke pelanggan",
            "Tanyakan dulu ruangan yang akan dicat: **kamar anak dan dapur** paling cocok karena Arena Pro bisa dicuci.\n\n" +
            "Sarankan **cat dasar** untuk tembok baru. Untuk tembok lama yang sudah bersih, cukup dua lapis Arena Pro.\n\n" +
            "Tunjukkan kartu warna dan tawarkan pencampuran warna di toko bila tersedia.",
            videoUrl: "https://www.youtube.com/results?search_query=cara+mengecat+tembok+interior");
        var quiz = module.AttachQuiz("Kuis Pengenalan Produk", passMarkPercent: 75, points: 150, timeLimitSeconds: 300);
        quiz.AddQuestion("Berapa luas tembok yang bisa dicat dua lapis dengan satu kaleng Arena Pro 5 liter?",
            "Satu kaleng 5 liter cukup untuk sekitar 50 m² dua lapis.",
            ("Sekitar 20 m²", false), ("Sekitar 50 m²", true), ("Sekitar 100 m²", false));
        quiz.AddQuestion("Apa saja keunggulan Arena Pro? (pilih semua yang benar)",
            "Arena Pro tahan noda, bisa dicuci, rendah bau dan anti jamur; ia bukan cat eksterior.",
            ("Bisa dicuci", true), ("Rendah bau", true), ("Khusus untuk tembok luar", false), ("Anti jamur", true));
        quiz.AddQuestion("Ruangan mana yang paling cocok untuk Arena Pro?",
            "Karena bisa dicuci, Arena Pro paling cocok untuk kamar anak dan dapur.",
            ("Kamar anak dan dapur", true), ("Pagar besi", false), ("Lantai garasi", false));
        quiz.AddQuestion("Apa saran untuk tembok yang baru dibangun?",
            "Tembok baru perlu cat dasar sebelum dua lapis Arena Pro.",
            ("Langsung satu lapis tipis", false), ("Pakai cat dasar dulu", true), ("Tidak perlu dicat", false));
        quiz.AddQuestion("Kapan ruangan bisa dipakai lagi setelah dicat Arena Pro?",
            "Karena rendah bau, ruangan bisa langsung dipakai setelah cat kering.",
            ("Setelah cat kering, karena rendah bau", true), ("Setelah satu minggu", false), ("Harus menunggu satu bulan", false));
        quiz.AddQuestion("Apa yang ditawarkan bersama kartu warna? (pilih semua yang benar)",
            "Tunjukkan kartu warna dan tawarkan pencampuran warna di toko bila tersedia.",
            ("Pencampuran warna di toko", true), ("Pilihan warna sesuai selera pelanggan", true), ("Diskon cat eksterior", false));
        // Four of six questions per attempt; a failed try waits ten minutes, five tries at most.
        quiz.Limit(drawCount: 4, maxAttempts: 5, cooldownMinutes: 10);
        return module;
    }

    private static Survey ProgramSurvey()
    {
        var survey = new Survey("suara-mitra", "Suara Mitra: 2 menit tentang program", "Bantu kami membuat program lebih baik. Jawab 4 pertanyaan singkat.", points: 50);
        survey.Ask(SurveyQuestionKind.Nps, "Seberapa besar kemungkinan kamu merekomendasikan program ini ke rekan toko lain?");
        survey.Ask(SurveyQuestionKind.Rating, "Seberapa mudah menukar poin dengan hadiah?");
        survey.Ask(SurveyQuestionKind.Choice, "Hadiah apa yang paling kamu inginkan?", "Pulsa dan paket data", "Saldo e-wallet", "Voucher belanja", "Merchandise");
        survey.Ask(SurveyQuestionKind.Text, "Ada saran lain untuk kami?");
        return survey;
    }

    private static IEnumerable<Reward> Catalog(Random random, DateTime now)
    {
        // Each demo reward has a picture drawn for it (wwwroot/img/rewards), named after it.
        Reward With(Reward reward, string terms, string? place = null, DateTime? at = null)
        {
            reward.Explain(terms, place, at);
            reward.SetImage("drawn/" + DrawnPicture(reward.Name));
            return reward;
        }

        Reward WithCodes(Reward reward, string prefix)
        {
            reward.AddCodes(Enumerable.Range(1, reward.Stock).Select(_ =>
                $"{prefix}-{random.Next(1000, 9999)}-{random.Next(1000, 9999)}-{Guid.NewGuid().ToString("N")[..4].ToUpperInvariant()}"));
            return reward;
        }

        yield return With(WithCodes(new Reward("Pulsa Rp25.000", "Pulsa untuk semua operator, kode isi ulang langsung muncul.", RewardCategory.Pulsa, 2_500, 100, 25_000), "PLS25"),
            "Kode isi ulang berlaku 30 hari sejak ditukar, untuk Telkomsel, Indosat, XL, Tri dan Smartfren. Masukkan lewat aplikasi operator atau menu isi ulang. Tidak dapat diuangkan.");
        var cinema = With(WithCodes(new Reward("Tiket Bioskop", "Satu tiket nonton 2D di jaringan bioskop nasional.", RewardCategory.Experience, 4_000, 30, 40_000), "BSKP"),
            "Berlaku 60 hari sejak ditukar, Senin sampai Jumat, untuk film 2D reguler. Tunjukkan kode di loket atau pindai QR-nya. Tidak berlaku untuk kursi premium dan tidak dapat diuangkan.");
        cinema.Restrict(null, null, null, null, null, limitPerMember: 1, LimitPeriod.Month);
        yield return cinema;
        yield return With(WithCodes(new Reward("Voucher Belanja Rp50.000", "Voucher belanja di minimarket mitra.", RewardCategory.EVoucher, 5_000, 50, 50_000), "BLJ50"),
            "Berlaku 90 hari di minimarket mitra seluruh Indonesia. Tunjukkan kode atau QR di kasir. Tidak dapat digabung dengan promo lain, tidak ada kembalian, tidak dapat diuangkan.");
        var cashback = With(new Reward("Cashback e-wallet Rp100.000", "Dikirim ke GoPay, OVO atau DANA milikmu.", RewardCategory.EWallet, 10_000, 25, 100_000),
            "Dikirim dalam 1x24 jam kerja ke nomor e-wallet atas namamu. Pastikan nomornya benar: dana yang terkirim ke nomor yang salah tidak dapat ditarik kembali.");
        cashback.Restrict(minTierId: 3, null, null, null, null, limitPerMember: 2, LimitPeriod.Month);
        yield return cashback;
        var smallCashback = With(new Reward("Cashback e-wallet Rp20.000", "Dikirim ke GoPay, OVO atau DANA milikmu dalam 1×24 jam kerja.", RewardCategory.EWallet, 2_000, 100, 20_000),
            "Dikirim dalam 1x24 jam kerja ke nomor e-wallet atas namamu. Pastikan nomornya benar: dana yang terkirim ke nomor yang salah tidak dapat ditarik kembali.");
        smallCashback.Restrict(null, null, null, null, null, limitPerMember: 2, LimitPeriod.Month);
        yield return smallCashback;
        yield return With(new Reward("Kaos Polo Arena", "Kaos polo resmi Arena Cat, ukuran M-XL.", RewardCategory.Merchandise, 3_000, 0, 85_000),
            "Ukuran M, L atau XL; tulis ukuranmu di catatan alamat. Dikirim 3-7 hari kerja ke seluruh Indonesia, ongkos kirim ditanggung program.");
        yield return With(new Reward("Tumbler Arena 500 ml", "Tumbler stainless, tahan panas dan dingin 12 jam. Dikirim ke alamatmu.", RewardCategory.Merchandise, 3_500, 40, 75_000),
            "Dikirim 3-7 hari kerja ke seluruh Indonesia, ongkos kirim ditanggung program. Barang rusak saat diterima diganti baru: foto dan laporkan dalam 2 hari.");
        // The class is held on the Saturday after next, 09:00 in Jakarta (02:00 UTC).
        var saturday = now.Date.AddDays(7 + ((int)DayOfWeek.Saturday - (int)now.DayOfWeek + 7) % 7).AddHours(2);
        yield return With(new Reward("Kelas Teknik Pewarnaan", "Kelas tatap muka 3 jam bersama tim teknis Arena Cat, tiket langsung terbit.", RewardCategory.Training, 1_500, 20, 150_000),
            "Tunjukkan tiket (kode atau QR) di meja pendaftaran. Datang 15 menit sebelum mulai; makan siang dan sertifikat disediakan. Tiket atas namamu dan tidak dapat dipindahtangankan.",
            "Pusat Pelatihan Arena Cat, Jl. Industri Raya No. 12, Cikarang, Bekasi", saturday);
    }

    private static string DrawnPicture(string reward) => reward switch
    {
        "Pulsa Rp25.000" => "pulsa-25",
        "Tiket Bioskop" => "bioskop",
        "Voucher Belanja Rp50.000" => "voucher-50",
        "Cashback e-wallet Rp100.000" => "cashback-100",
        "Cashback e-wallet Rp20.000" => "cashback-20",
        "Kaos Polo Arena" => "kaos-polo",
        "Tumbler Arena 500 ml" => "tumbler",
        _ => "kelas",
    };

    private static readonly string[] FirstNames =
        ["Rina", "Agus", "Dewi", "Joko", "Putri", "Eko", "Lestari", "Rudi", "Fitri", "Hendra", "Indah", "Yusuf", "Ayu", "Bayu", "Nur", "Dimas", "Siti", "Fajar", "Wulan", "Teguh"];

    private static readonly string[] LastNames =
        ["Saputra", "Hidayat", "Kusuma", "Lubis", "Nasution", "Siregar", "Wibowo", "Setiawan", "Purnama", "Rahayu", "Hasibuan", "Gunawan", "Sitompul", "Permana"];

    private static readonly (string Reason, string Subject)[] Activities =
    [
        (LedgerReasons.TrainingCompleted, "Teknik Display Produk"),
        (LedgerReasons.TrainingCompleted, "Layanan Pelanggan Prima"),
        (LedgerReasons.Sale, "Cat Arena Pro 5L x 6"),
        (LedgerReasons.Sale, "Arena Cat Dasar 5L x 5"),
        (LedgerReasons.Sale, "Cat Arena Pro 5L x 10"),
        (LedgerReasons.Sale, "Cat Arena Pro 25L x 2"),
    ];

    private static readonly int[] PointSteps = [100, 150, 200, 250, 300, 400, 500];
}

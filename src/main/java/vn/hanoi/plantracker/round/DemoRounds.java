package vn.hanoi.plantracker.round;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.plantracker.report.ReportFilter;
import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.UserAccounts;

/**
 * Demo rounds for the demo plan, relative to the day the demo first starts: every round
 * of the plan's reporting calendar whose window has begun since the plan was issued. A
 * round more than {@value #CLOSED_AFTER} days past its due day was opened, reported on
 * (most agencies in, some late), consolidated, approved and closed on its own dates; the
 * current one is open with the agencies that have sent theirs by now. Each step is
 * written through the round services at its own moment ({@link Today#replay}). Runs once,
 * after the demo progress; a later start leaves the rounds alone (the calendar catches
 * up, not this).
 */
@Component
@Profile("demo")
@Order(30)
class DemoRounds implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRounds.class);

	/** Days after its due day by which a demo round has been closed. */
	static final int CLOSED_AFTER = 20;

	/** The named officers of the README; every other agency's is officer.<code>. */
	private static final Map<String, String> NAMED_OFFICERS = Map.of("SYT", "officer.health", "STP", "officer.justice",
			"PH-HOAN-KIEM", "officer.hoankiem");

	private final Rounds rounds;

	private final ConsolidatedReports consolidated;

	private final JdbcClient jdbc;

	private final UserDetailsService users;

	private final TransactionTemplate transactions;

	private final Reports reports;

	private final Today today;

	private final UserAccounts accounts;

	DemoRounds(Rounds rounds, ConsolidatedReports consolidated, JdbcClient jdbc, UserDetailsService users,
			TransactionTemplate transactions, Reports reports, Today today, UserAccounts accounts) {
		this.accounts = accounts;
		this.rounds = rounds;
		this.consolidated = consolidated;
		this.jdbc = jdbc;
		this.users = users;
		this.transactions = transactions;
		this.reports = reports;
		this.today = today;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from reporting_round").query(Long.class).single() > 0) {
			return;
		}
		Long plan = this.jdbc.sql("select max(plan_id) from reporting_calendar").query(Long.class).single();
		if (plan == null) {
			return;
		}
		LocalDate day = this.today.date();
		LocalDate issued = this.reports.plan(new ReportFilter(plan, null, null, day)).issuedOn();
		record Entry(RoundKind kind, MonthDay due, int lead) {
		}
		List<Entry> entries = this.jdbc.sql("""
				select kind, due_month, due_day, open_days_before from reporting_calendar
				where plan_id = :plan order by id""")
			.param("plan", plan)
			.query((rs, n) -> new Entry(RoundKind.valueOf(rs.getString(1)), MonthDay.of(rs.getInt(2), rs.getInt(3)),
					rs.getInt(4)))
			.list();
		record Due(RoundKind kind, int year, LocalDate due, LocalDate opens) {
		}
		List<Due> dues = new ArrayList<>();
		for (int year = issued.getYear(); year <= day.getYear(); year++) {
			for (Entry entry : entries) {
				LocalDate due = entry.due().atYear(year);
				LocalDate opens = due.minusDays(entry.lead());
				// a round due within two months of the plan has nothing to report yet
				if (due.isAfter(issued.plusDays(60)) && opens.isBefore(day)) {
					dues.add(new Due(entry.kind(), year, due, opens));
				}
			}
		}
		dues.sort(java.util.Comparator.comparing(Due::due));
		List<String> made = new ArrayList<>();
		for (Due due : dues) {
			boolean closed = day.isAfter(due.due().plusDays(CLOSED_AFTER));
			this.transactions
				.executeWithoutResult((status) -> round(plan, due.kind(), due.year(), due.due(), due.opens(), closed));
			made.add(due.kind() + " " + due.year() + (closed ? " (closed)" : " (open)"));
		}
		log.info("Demo reporting rounds for {}: {}", day, made);
	}

	private void round(long plan, RoundKind kind, int year, LocalDate due, LocalDate opens, boolean closed) {
		PlanUser coordinator = user("coordinator");
		PlanUser leader = user("leader");
		LocalDate day = this.today.date();
		long round = this.today.replay(at(opens, 8, 0), () -> this.rounds.open(coordinator, plan, kind, year, due));
		List<Named> named = this.jdbc.sql("""
				select agency_id, code, required from round_agency
				where round_id = :round order by position""")
			.param("round", round)
			.query((rs, n) -> new Named(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
			.list();
		for (Named agency : named) {
			int h = (int) Math.floorMod(agency.id() * 48271L + year * 31L + kind.ordinal(), 1000L);
			// most agencies send, a few well after the due day, some not at all
			if (h % 100 >= (agency.required() ? 88 : 60)) {
				continue;
			}
			LocalDate sent = due.plusDays(-14 + h % 23);
			if (sent.isBefore(opens.plusDays(1))) {
				sent = opens.plusDays(1);
			}
			if (!sent.isBefore(day)) {
				if (!closed && h % 7 == 0) {
					report(round, agency, "DRAFT", sent.minusDays(5).isBefore(day) ? day.minusDays(1) : null, null);
				}
				continue;
			}
			LocalDate decided = sent.plusDays(1 + h % 3);
			boolean accepted = closed || decided.isBefore(day);
			report(round, agency, accepted ? "ACCEPTED" : "SUBMITTED", sent, accepted ? decided : null);
		}
		if (closed) {
			this.today.replay(at(due.plusDays(12), 9, 0), () -> {
				this.consolidated.generate(coordinator, round);
				return null;
			});
			this.today.replay(at(due.plusDays(15), 10, 0), () -> {
				this.consolidated.approve(leader, round,
						this.jdbc.sql("select version from consolidated_report where round_id = :id")
							.param("id", round)
							.query(Long.class)
							.single());
				return null;
			});
			this.today.replay(at(due.plusDays(18), 15, 0), () -> {
				this.rounds.close(coordinator, round, this.rounds.version(round));
				return null;
			});
		}
	}

	private record Named(long id, String code, boolean required) {
	}

	private static Instant at(LocalDate day, int hour, int minute) {
		return day.atTime(hour, minute).atZone(Today.ZONE).toInstant();
	}

	private void report(long round, Named agency, String status, LocalDate sentOn, LocalDate decidedOn) {
		PlanUser officer = officerOf(agency.code());
		if (officer == null || sentOn == null) {
			return;
		}
		int h = (int) Math.floorMod(agency.id() * 7919L, 1000L);
		List<String> texts = switch (h % 4) {
			case 0 -> HEALTH;
			case 1 -> JUSTICE;
			case 2 -> CULTURE;
			default -> WARD;
		};
		LocalDateTime at = sentOn.atTime(8 + h % 9, h % 60);
		LocalDateTime decidedAt = (decidedOn != null) ? decidedOn.atTime(9 + h % 7, (h * 7) % 60) : null;
		report(round, agency.id(), officer, status, at, decidedAt, texts);
	}

	private PlanUser officerOf(String code) {
		String username = NAMED_OFFICERS.getOrDefault(code, "officer." + code.toLowerCase(Locale.ROOT));
		// asked first: a failed look-up would mark the round's transaction rollback-only
		return this.accounts.exists(username) ? user(username) : null;
	}

	private void report(long round, long agency, PlanUser officer, String status, LocalDateTime at,
			LocalDateTime decidedAt, List<String> texts) {
		PlanUser coordinator = user("coordinator");
		Timestamp when = Timestamp.valueOf(at);
		Timestamp decided = (decidedAt != null) ? Timestamp.valueOf(decidedAt) : null;
		boolean sent = !"DRAFT".equals(status);
		long id = this.jdbc.sql("""
				insert into agency_report (round_id, agency_id, status, results, shortcomings, difficulties, proposals,
				                           next_tasks, submitted_at, decided_at, updated_at, version)
				values (:round, :agency, :status, :r, :s, :d, :p, :n, :submitted, :decided, :updated, 2)
				returning id""")
			.param("round", round)
			.param("agency", agency)
			.param("status", status)
			.param("r", texts.get(0))
			.param("s", texts.get(1))
			.param("d", texts.get(2))
			.param("p", texts.get(3))
			.param("n", texts.get(4))
			.param("submitted", sent ? when : null)
			.param("decided", "ACCEPTED".equals(status) ? decided : null)
			.param("updated", "ACCEPTED".equals(status) ? decided : when)
			.query(Long.class)
			.single();
		event(id, officer, when, sent ? "SUBMIT" : "SAVE");
		if ("ACCEPTED".equals(status)) {
			event(id, coordinator, decided, "ACCEPT");
		}
	}

	private void event(long report, PlanUser actor, Timestamp at, String action) {
		this.jdbc.sql("""
				insert into agency_report_event (report_id, actor_id, actor_name, at, action)
				values (:report, :actor, :name, :at, :action)""")
			.param("report", report)
			.param("actor", actor.getId())
			.param("name", actor.getFullName())
			.param("at", at)
			.param("action", action)
			.update();
	}

	private PlanUser user(String username) {
		return (PlanUser) this.users.loadUserByUsername(username);
	}

	private static final List<String> HEALTH = List.of(
			"Đã ban hành văn bản chỉ đạo triển khai Luật Phòng, chống mua bán người năm 2024 trong ngành y tế; tổ chức 03 hội nghị tập huấn cho 420 lượt cán bộ làm công tác bảo trợ xã hội, trẻ em; rà soát, đề xuất sửa đổi 02 văn bản về tiếp nhận, hỗ trợ nạn nhân.",
			"Một số cơ sở trợ giúp xã hội chưa bố trí được cán bộ chuyên trách hỗ trợ nạn nhân; việc thống kê nạn nhân giữa các cấp chưa thống nhất.",
			"Chưa có hướng dẫn chi tiết về định mức hỗ trợ nạn nhân theo Nghị định 162/2025/NĐ-CP tại cấp xã sau sắp xếp chính quyền hai cấp.",
			"Đề nghị UBND Thành phố bố trí kinh phí tập huấn năm 2026 và giao Sở Tài chính hướng dẫn định mức hỗ trợ nạn nhân.",
			"Hoàn thành Quy chế phối hợp tiếp nhận, hỗ trợ nạn nhân theo mô hình chính quyền hai cấp; tiếp tục tập huấn cho cán bộ cấp xã.");

	private static final List<String> JUSTICE = List.of(
			"Đã hoàn thành rà soát 48 văn bản quy phạm pháp luật của Thành phố; tham mưu UBND Thành phố đề xuất sửa đổi 03 văn bản; đăng tải Luật và văn bản hướng dẫn trên Cổng thông tin điện tử.",
			"Tiến độ gửi kết quả rà soát của một số cơ quan còn chậm so với yêu cầu.",
			"Một số văn bản hướng dẫn thi hành của Trung ương ban hành muộn nên chưa thể hoàn thiện văn bản của Thành phố.",
			"Đề nghị các cơ quan gửi kết quả rà soát đúng hạn để tổng hợp.",
			"Theo dõi việc ban hành văn bản sửa đổi; tổ chức phổ biến Luật cho người dân tại cơ sở.");

	private static final List<String> CULTURE = List.of(
			"Duy trì chuyên mục phòng, chống mua bán người trên Báo Hà Nội Mới và Đài PT-TH Hà Nội với 36 tin, bài; thực hiện 12 sản phẩm truyền thông số tiếp cận 250.000 lượt người.",
			"Nội dung tuyên truyền trên mạng xã hội chưa đa dạng, chưa tiếp cận nhiều thanh niên ở khu vực ngoại thành.",
			"Kinh phí sản xuất sản phẩm truyền thông số còn hạn chế.",
			"Đề nghị bổ sung kinh phí truyền thông số năm 2026.",
			"Mở rộng tuyên truyền trên nền tảng số, phối hợp Thành đoàn tổ chức cuộc thi tìm hiểu Luật.");

	private static final List<String> WARD = List.of(
			"Đã xây dựng kế hoạch truyền thông của phường; tổ chức 05 buổi tuyên truyền tại tổ dân phố với 650 lượt người tham gia; rà soát, lập danh sách hộ có nguy cơ.",
			"Lực lượng làm công tác tuyên truyền ở tổ dân phố còn mỏng.",
			"Chưa có tài liệu tuyên truyền bằng ngôn ngữ dễ hiểu cho người cao tuổi.",
			"Đề nghị Thành phố cung cấp tài liệu tuyên truyền mẫu.",
			"Tiếp tục tuyên truyền, theo dõi hỗ trợ tái hòa nhập cộng đồng.");

}

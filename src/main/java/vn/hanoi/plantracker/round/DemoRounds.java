package vn.hanoi.plantracker.round;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

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

import vn.hanoi.plantracker.agency.AgencyRepository;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * Demo rounds for Plan 133: the 2025 annual round closed (reports received, some late,
 * the consolidated report approved and frozen) and the 2026 six-month round open (one
 * report accepted, one submitted, one draft). Runs once, after the demo progress.
 */
@Component
@Profile("demo")
@Order(30)
class DemoRounds implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRounds.class);

	private final Rounds rounds;

	private final ConsolidatedReports consolidated;

	private final JdbcClient jdbc;

	private final UserDetailsService users;

	private final AgencyRepository agencies;

	private final TransactionTemplate transactions;

	DemoRounds(Rounds rounds, ConsolidatedReports consolidated, JdbcClient jdbc, UserDetailsService users,
			AgencyRepository agencies, TransactionTemplate transactions) {
		this.rounds = rounds;
		this.consolidated = consolidated;
		this.jdbc = jdbc;
		this.users = users;
		this.agencies = agencies;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from reporting_round").query(Long.class).single() > 0) {
			return;
		}
		PlanUser coordinator = user("coordinator");
		PlanUser leader = user("leader");
		Long plan = this.jdbc.sql("select max(plan_id) from reporting_calendar").query(Long.class).single();
		if (plan == null) {
			return;
		}
		this.transactions.executeWithoutResult((status) -> {
			long year2025 = this.rounds.open(coordinator, plan, RoundKind.YEAR, 2025, null);
			report(year2025, "SYT", "officer.health", "ACCEPTED", LocalDateTime.of(2025, 12, 12, 9, 30), HEALTH);
			report(year2025, "STP", "officer.justice", "ACCEPTED", LocalDateTime.of(2025, 12, 15, 16, 10), JUSTICE);
			report(year2025, "SVHTT", "officer.svhtt", "ACCEPTED", LocalDateTime.of(2025, 12, 18, 10, 0), CULTURE);
			report(year2025, "HOANKIEM", "officer.hoankiem", "ACCEPTED", LocalDateTime.of(2025, 12, 14, 8, 45), WARD);
			this.consolidated.generate(coordinator, year2025);
			this.consolidated.approve(leader, year2025,
					this.jdbc.sql("select version from consolidated_report where round_id = :id")
						.param("id", year2025)
						.query(Long.class)
						.single());
			this.rounds.close(coordinator, year2025, this.rounds.version(year2025));

			long half2026 = this.rounds.open(coordinator, plan, RoundKind.HALF_YEAR, 2026, null);
			report(half2026, "STP", "officer.justice", "ACCEPTED", LocalDateTime.of(2026, 6, 11, 14, 0), JUSTICE);
			report(half2026, "SVHTT", "officer.svhtt", "SUBMITTED", LocalDateTime.of(2026, 6, 16, 9, 0), CULTURE);
			report(half2026, "SYT", "officer.health", "DRAFT", LocalDateTime.of(2026, 6, 10, 11, 0), HEALTH);
		});
		log.info("Demo reporting rounds: annual 2025 (closed) and first half of 2026 (open)");
	}

	private void report(long round, String agencyCode, String username, String status, LocalDateTime at,
			List<String> texts) {
		Long agency = this.agencies.findByCode(agencyCode).map((a) -> a.getId()).orElse(null);
		boolean named = agency != null
				&& this.jdbc.sql("select count(*) from round_agency where round_id = :round and agency_id = :agency")
					.param("round", round)
					.param("agency", agency)
					.query(Long.class)
					.single() > 0;
		if (!named) {
			return;
		}
		PlanUser officer = user(username);
		PlanUser coordinator = user("coordinator");
		Timestamp when = Timestamp.valueOf(at.atZone(Today.ZONE).toLocalDateTime());
		Timestamp decided = Timestamp.valueOf(at.plusDays(2).atZone(Today.ZONE).toLocalDateTime());
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

package vn.hanoi.plantracker.demo;

import java.util.List;

/**
 * The five sections (results, shortcomings, difficulties, proposals, next tasks) of the
 * demo agencies' round reports ({@link DemoRounds}), one set per kind of body.
 */
final class DemoReportTexts {

	static final List<String> HEALTH = List.of(
			"Đã ban hành văn bản chỉ đạo triển khai Luật Phòng, chống mua bán người năm 2024 trong ngành y tế; tổ chức 03 hội nghị tập huấn cho 420 lượt cán bộ làm công tác bảo trợ xã hội, trẻ em; rà soát, đề xuất sửa đổi 02 văn bản về tiếp nhận, hỗ trợ nạn nhân.",
			"Một số cơ sở trợ giúp xã hội chưa bố trí được cán bộ chuyên trách hỗ trợ nạn nhân; việc thống kê nạn nhân giữa các cấp chưa thống nhất.",
			"Chưa có hướng dẫn chi tiết về định mức hỗ trợ nạn nhân theo Nghị định 162/2025/NĐ-CP tại cấp xã sau sắp xếp chính quyền hai cấp.",
			"Đề nghị UBND Thành phố bố trí kinh phí tập huấn năm 2026 và giao Sở Tài chính hướng dẫn định mức hỗ trợ nạn nhân.",
			"Hoàn thành Quy chế phối hợp tiếp nhận, hỗ trợ nạn nhân theo mô hình chính quyền hai cấp; tiếp tục tập huấn cho cán bộ cấp xã.");

	static final List<String> JUSTICE = List.of(
			"Đã hoàn thành rà soát 48 văn bản quy phạm pháp luật của Thành phố; tham mưu UBND Thành phố đề xuất sửa đổi 03 văn bản; đăng tải Luật và văn bản hướng dẫn trên Cổng thông tin điện tử.",
			"Tiến độ gửi kết quả rà soát của một số cơ quan còn chậm so với yêu cầu.",
			"Một số văn bản hướng dẫn thi hành của Trung ương ban hành muộn nên chưa thể hoàn thiện văn bản của Thành phố.",
			"Đề nghị các cơ quan gửi kết quả rà soát đúng hạn để tổng hợp.",
			"Theo dõi việc ban hành văn bản sửa đổi; tổ chức phổ biến Luật cho người dân tại cơ sở.");

	static final List<String> CULTURE = List.of(
			"Duy trì chuyên mục phòng, chống mua bán người trên Báo Hà Nội Mới và Đài PT-TH Hà Nội với 36 tin, bài; thực hiện 12 sản phẩm truyền thông số tiếp cận 250.000 lượt người.",
			"Nội dung tuyên truyền trên mạng xã hội chưa đa dạng, chưa tiếp cận nhiều thanh niên ở khu vực ngoại thành.",
			"Kinh phí sản xuất sản phẩm truyền thông số còn hạn chế.",
			"Đề nghị bổ sung kinh phí truyền thông số năm 2026.",
			"Mở rộng tuyên truyền trên nền tảng số, phối hợp Thành đoàn tổ chức cuộc thi tìm hiểu Luật.");

	static final List<String> WARD = List.of(
			"Đã xây dựng kế hoạch truyền thông của phường; tổ chức 05 buổi tuyên truyền tại tổ dân phố với 650 lượt người tham gia; rà soát, lập danh sách hộ có nguy cơ.",
			"Lực lượng làm công tác tuyên truyền ở tổ dân phố còn mỏng.",
			"Chưa có tài liệu tuyên truyền bằng ngôn ngữ dễ hiểu cho người cao tuổi.",
			"Đề nghị Thành phố cung cấp tài liệu tuyên truyền mẫu.",
			"Tiếp tục tuyên truyền, theo dõi hỗ trợ tái hòa nhập cộng đồng.");

	private DemoReportTexts() {
	}

}

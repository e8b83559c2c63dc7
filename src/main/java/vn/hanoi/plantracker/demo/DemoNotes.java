package vn.hanoi.plantracker.demo;

/**
 * What an officer of the demo writes per task of Plan 133, first while working, then when
 * submitting: the {@code notes} table of the demo history ({@link DemoProgress}).
 */
final class DemoNotes {

	/**
	 * A common table expression, {@code notes (task_code, progress_note, submit_note)}.
	 */
	static final String NOTES = """
			notes (task_code, progress_note, submit_note) as (values
			    -- what an officer writes per task, first while working, then when submitting; placeholders:
			    -- %1$s a few (2-6), %2$s hundreds, %3$s a document number, %4$s the issuer code, %5$s tens
			    ('1.1', 'Đã ban hành văn bản số %3$s/%4$s-VP giao các bộ phận chuyên môn rà soát văn bản quy phạm pháp luật liên quan đến phòng, chống mua bán người; đến nay đã rà soát %5$s văn bản.',
			        'Hoàn thành rà soát %5$s văn bản quy phạm pháp luật; đề xuất sửa đổi, bổ sung %1$s văn bản cho phù hợp với Luật Phòng, chống mua bán người năm 2024. Kết quả đã gửi Sở Tư pháp tổng hợp.'),
			    ('1.2', 'Đã tiếp nhận đề nghị của UBND Thành phố; đang rà soát các văn bản hướng dẫn nghiệp vụ thuộc phạm vi quản lý liên quan đến phòng, chống mua bán người.',
			        'Đã rà soát %5$s văn bản thuộc phạm vi quản lý, chưa phát hiện nội dung trái với Luật Phòng, chống mua bán người năm 2024; đã có văn bản số %3$s/%4$s trả lời Công an Thành phố.'),
			    ('1.3', 'Đã tiếp nhận kết quả rà soát của %5$s cơ quan, đơn vị; đang tổng hợp, phân loại các văn bản đề nghị sửa đổi, bổ sung.',
			        'Đã hoàn thành báo cáo tổng hợp kết quả rà soát và dự thảo tờ trình UBND Thành phố, đề xuất xử lý %1$s văn bản quy phạm pháp luật.'),
			    ('1.4', 'Đã nghiên cứu dự thảo Nghị định và tổ chức lấy ý kiến các bộ phận chuyên môn.',
			        'Đã gửi văn bản số %3$s/%4$s góp ý dự thảo Nghị định với %1$s nhóm ý kiến về xác minh, bảo vệ và hỗ trợ nạn nhân.'),
			    ('1.5', 'Đã góp ý dự thảo Quy chế phối hợp sửa đổi; đang rà soát quy trình tiếp nhận, xác minh ban đầu nạn nhân tại đơn vị.',
			        'Quy chế phối hợp sửa đổi đã được ban hành; đơn vị đã phân công cán bộ đầu mối tiếp nhận, xác minh ban đầu và hỗ trợ nạn nhân.'),
			    ('2.1', 'Đã cử cán bộ phối hợp Công an Thành phố xây dựng chương trình, tài liệu tập huấn.',
			        'Đã phối hợp tổ chức %1$s hội nghị quán triệt, tập huấn cho %2$s lượt cán bộ, công chức.'),
			    ('2.2', 'Đã góp ý đề cương sổ tay nghiệp vụ và tài liệu hỏi - đáp.',
			        'Đã hoàn thành thẩm định nội dung pháp lý của sổ tay nghiệp vụ và bộ %5$s câu hỏi - đáp về Luật.'),
			    ('2.3', 'Đã đăng tải toàn văn Luật trên trang thông tin điện tử của đơn vị; đang cập nhật các văn bản hướng dẫn thi hành mới ban hành.',
			        'Đã đăng tải đầy đủ Luật và %1$s văn bản hướng dẫn thi hành trên trang thông tin điện tử; đường dẫn kèm theo báo cáo.'),
			    ('2.4', 'Đã lồng ghép nội dung Luật vào chương trình phổ biến, giáo dục pháp luật năm; đã tổ chức %1$s buổi nói chuyện chuyên đề.',
			        'Đã tổ chức %1$s hội nghị phổ biến pháp luật cho %2$s lượt người tham dự, tập trung vào các nhóm có nguy cơ cao.'),
			    ('3.1', 'Đã đăng %5$s tin, bài tuyên truyền về phòng, chống mua bán người trên chuyên mục.',
			        'Đã duy trì chuyên mục với %5$s tin, bài và %1$s chương trình phát thanh, truyền hình trong kỳ báo cáo.'),
			    ('3.2', 'Đã đăng tải %5$s bài viết, video ngắn trên trang mạng xã hội và hệ thống thông tin cơ sở.',
			        'Đã thực hiện %5$s sản phẩm truyền thông số, tiếp cận %2$s0 lượt người dùng.'),
			    ('3.3', 'Đã hướng dẫn các trường lồng ghép nội dung phòng, chống mua bán người vào hoạt động ngoại khóa.',
			        'Đã tổ chức %5$s buổi sinh hoạt chuyên đề tại các trường với %2$s0 lượt học sinh tham gia.'),
			    ('4.1', 'Đã xây dựng kế hoạch tập huấn; đã tổ chức %1$s lớp tập huấn kỹ năng phòng ngừa, tự bảo vệ.',
			        'Đã tổ chức %1$s hội nghị tập huấn cho %2$s lượt cán bộ và người dân; phát hành %5$s00 tờ rơi về chính sách hỗ trợ nạn nhân.'),
			    ('5.1', 'Đã quán triệt nội dung Luật tại hội nghị giao ban; đang theo dõi việc triển khai tại các bộ phận.',
			        'Đã báo cáo kết quả theo dõi, đôn đốc triển khai Luật trong kỳ; không phát sinh khó khăn, vướng mắc.'),
			    ('5.2', 'Đã ban hành kế hoạch hưởng ứng Ngày Toàn dân phòng, chống mua bán người 30/7; đã treo %5$s băng rôn, khẩu hiệu.',
			        'Đã tổ chức %1$s hoạt động hưởng ứng trong đợt cao điểm từ 01/7 đến 30/9 với %2$s lượt người tham gia.'),
			    ('5.3', 'Đã cử cán bộ tham gia đoàn kiểm tra liên ngành; đã kiểm tra %1$s đơn vị.',
			        'Đã phối hợp kiểm tra %1$s đơn vị, địa phương; đã có thông báo kết luận kiểm tra.'),
			    ('5.4', 'Đang tổng hợp số liệu từ các bộ phận chuyên môn để xây dựng báo cáo định kỳ.',
			        'Đã gửi báo cáo định kỳ kèm phụ lục số liệu về Công an Thành phố.'),
			    ('6.1', 'Đã ban hành kế hoạch tuyên truyền năm; đang phối hợp Công an cấp xã rà soát, thống kê nạn nhân bị mua bán trở về.',
			        'Đã tổ chức %5$s buổi tuyên truyền tại các tổ dân phố, thôn; đã lập danh sách theo dõi và hỗ trợ nạn nhân trở về tái hòa nhập cộng đồng.'),
			    ('7.1', 'Đã lập dự toán kinh phí thực hiện nhiệm vụ phòng, chống mua bán người trong dự toán ngân sách năm.',
			        'Kinh phí thực hiện Kế hoạch đã được bố trí trong dự toán ngân sách năm với %1$s nội dung chi.')
			),
			""";

	private DemoNotes() {
	}

}

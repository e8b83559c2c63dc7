-- Plan 133/KH-UBND (14 May 2025): reference data - agencies, the plan, key areas, tasks, task agencies
-- and the initial assignments.
--
-- PROVISIONAL DEADLINES. The full text and task annex of Plan 133/KH-UBND are not available to us. Every
-- task deadline and schedule below is INFERRED (usual practice or our own choice), and every task has
-- provisional = true until the plan's annex is entered; the coordinator corrects tasks and deadlines in the
-- app, where the change is recorded.
--
-- Sourced (public sources, see /work/shared/DOMAIN.md): plan number, date, signer, title; Law No.
-- 53/2024/QH15 and Decision 313/QĐ-TTg of 17 Feb 2025 as legal basis; City Police as coordinator; the
-- city bodies and their names (Resolution 06/NQ-HĐND, 25 Feb 2025); the 126 communes/wards (Resolution
-- 1656/NQ-UBTVQH15, list and order from /work/shared/data/hanoi-communes-2025.csv); the content of tasks
-- 1, 2, 4, 6-16 and 18 and their lead agencies (news report of the plan, sibling plans).
-- Inferred: agency codes; tasks 3, 5, 17 and 19; all deadlines, schedule kinds and reporting periods
-- (half-yearly reports due 15 Jun / 15 Dec, data cut-offs 14 Jun / 14 Dec); the key-area grouping; the
-- wording of titles, descriptions and outputs; the fan-out of "each department", "all" and "communes";
-- active_from dates (1 Mar 2025 for the merged city bodies, 1 Jul 2025 for communes/wards).
--
-- Every foreign key is looked up by code; no ids are hard-coded.

-- 1. Agencies. City bodies: sort_order 1-20 in DOMAIN.md order; communes/wards: 1001-1126 in CSV order
--    (wards first, then communes, each by official unit code). Codes: 'PH-' ward / 'XA-' commune + name
--    without diacritics, upper case, spaces and punctuation as '-'.
insert into agency (code, name_vi, name_en, kind, sort_order, active_from) values
    ('CATP', 'Công an thành phố Hà Nội', 'Hanoi City Police', 'POLICE', 1, date '2025-03-01'),
    ('SYT', 'Sở Y tế', 'Department of Health', 'DEPARTMENT', 2, date '2025-03-01'),
    ('STP', 'Sở Tư pháp', 'Department of Justice', 'DEPARTMENT', 3, date '2025-03-01'),
    ('SNV', 'Sở Nội vụ', 'Department of Home Affairs', 'DEPARTMENT', 4, date '2025-03-01'),
    ('SVHTT', 'Sở Văn hóa và Thể thao', 'Department of Culture and Sports', 'DEPARTMENT', 5, date '2025-03-01'),
    ('SGDDT', 'Sở Giáo dục và Đào tạo', 'Department of Education and Training', 'DEPARTMENT', 6, date '2025-03-01'),
    ('STC', 'Sở Tài chính', 'Department of Finance', 'DEPARTMENT', 7, date '2025-03-01'),
    ('SKHCN', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology', 'DEPARTMENT', 8, date '2025-03-01'),
    ('SDL', 'Sở Du lịch', 'Department of Tourism', 'DEPARTMENT', 9, date '2025-03-01'),
    ('SCT', 'Sở Công Thương', 'Department of Industry and Trade', 'DEPARTMENT', 10, date '2025-03-01'),
    ('SNNMT', 'Sở Nông nghiệp và Môi trường', 'Department of Agriculture and Environment', 'DEPARTMENT', 11, date '2025-03-01'),
    ('SDTTG', 'Sở Dân tộc và Tôn giáo', 'Department of Ethnic and Religious Affairs', 'DEPARTMENT', 12, date '2025-03-01'),
    ('TTTP', 'Thanh tra Thành phố', 'City Inspectorate', 'DEPARTMENT', 13, date '2025-03-01'),
    ('VPUBND', 'Văn phòng UBND Thành phố', 'Office of the City People''s Committee', 'DEPARTMENT', 14, date '2025-03-01'),
    ('VKSND', 'Viện kiểm sát nhân dân Thành phố', 'City People''s Procuracy', 'JUDICIAL', 15, date '2025-03-01'),
    ('TAND', 'Tòa án nhân dân Thành phố', 'City People''s Court', 'JUDICIAL', 16, date '2025-03-01'),
    ('UBMTTQ', 'Ủy ban MTTQ Việt Nam Thành phố', 'Vietnam Fatherland Front Committee of Hanoi', 'FRONT_UNION', 17, date '2025-03-01'),
    ('HLHPN', 'Hội Liên hiệp Phụ nữ Thành phố', 'Hanoi Women''s Union', 'FRONT_UNION', 18, date '2025-03-01'),
    ('TDTN', 'Thành đoàn Hà Nội', 'Hanoi Youth Union', 'FRONT_UNION', 19, date '2025-03-01'),
    ('BAOCHI', 'Các cơ quan báo chí Thành phố', 'City press agencies', 'PRESS', 20, date '2025-03-01'),
    ('PH-BA-DINH', 'Phường Ba Đình', 'Ba Dinh Ward', 'LOCAL_AUTHORITY', 1001, date '2025-07-01'),
    ('PH-NGOC-HA', 'Phường Ngọc Hà', 'Ngoc Ha Ward', 'LOCAL_AUTHORITY', 1002, date '2025-07-01'),
    ('PH-GIANG-VO', 'Phường Giảng Võ', 'Giang Vo Ward', 'LOCAL_AUTHORITY', 1003, date '2025-07-01'),
    ('PH-HOAN-KIEM', 'Phường Hoàn Kiếm', 'Hoan Kiem Ward', 'LOCAL_AUTHORITY', 1004, date '2025-07-01'),
    ('PH-CUA-NAM', 'Phường Cửa Nam', 'Cua Nam Ward', 'LOCAL_AUTHORITY', 1005, date '2025-07-01'),
    ('PH-PHU-THUONG', 'Phường Phú Thượng', 'Phu Thuong Ward', 'LOCAL_AUTHORITY', 1006, date '2025-07-01'),
    ('PH-HONG-HA', 'Phường Hồng Hà', 'Hong Ha Ward', 'LOCAL_AUTHORITY', 1007, date '2025-07-01'),
    ('PH-TAY-HO', 'Phường Tây Hồ', 'Tay Ho Ward', 'LOCAL_AUTHORITY', 1008, date '2025-07-01'),
    ('PH-BO-DE', 'Phường Bồ Đề', 'Bo De Ward', 'LOCAL_AUTHORITY', 1009, date '2025-07-01'),
    ('PH-VIET-HUNG', 'Phường Việt Hưng', 'Viet Hung Ward', 'LOCAL_AUTHORITY', 1010, date '2025-07-01'),
    ('PH-PHUC-LOI', 'Phường Phúc Lợi', 'Phuc Loi Ward', 'LOCAL_AUTHORITY', 1011, date '2025-07-01'),
    ('PH-LONG-BIEN', 'Phường Long Biên', 'Long Bien Ward', 'LOCAL_AUTHORITY', 1012, date '2025-07-01'),
    ('PH-NGHIA-DO', 'Phường Nghĩa Đô', 'Nghia Do Ward', 'LOCAL_AUTHORITY', 1013, date '2025-07-01'),
    ('PH-CAU-GIAY', 'Phường Cầu Giấy', 'Cau Giay Ward', 'LOCAL_AUTHORITY', 1014, date '2025-07-01'),
    ('PH-YEN-HOA', 'Phường Yên Hòa', 'Yen Hoa Ward', 'LOCAL_AUTHORITY', 1015, date '2025-07-01'),
    ('PH-O-CHO-DUA', 'Phường Ô Chợ Dừa', 'O Cho Dua Ward', 'LOCAL_AUTHORITY', 1016, date '2025-07-01'),
    ('PH-LANG', 'Phường Láng', 'Lang Ward', 'LOCAL_AUTHORITY', 1017, date '2025-07-01'),
    ('PH-VAN-MIEU-QUOC-TU-GIAM', 'Phường Văn Miếu - Quốc Tử Giám', 'Van Mieu - Quoc Tu Giam Ward', 'LOCAL_AUTHORITY', 1018, date '2025-07-01'),
    ('PH-KIM-LIEN', 'Phường Kim Liên', 'Kim Lien Ward', 'LOCAL_AUTHORITY', 1019, date '2025-07-01'),
    ('PH-DONG-DA', 'Phường Đống Đa', 'Dong Da Ward', 'LOCAL_AUTHORITY', 1020, date '2025-07-01'),
    ('PH-HAI-BA-TRUNG', 'Phường Hai Bà Trưng', 'Hai Ba Trung Ward', 'LOCAL_AUTHORITY', 1021, date '2025-07-01'),
    ('PH-VINH-TUY', 'Phường Vĩnh Tuy', 'Vinh Tuy Ward', 'LOCAL_AUTHORITY', 1022, date '2025-07-01'),
    ('PH-BACH-MAI', 'Phường Bạch Mai', 'Bach Mai Ward', 'LOCAL_AUTHORITY', 1023, date '2025-07-01'),
    ('PH-VINH-HUNG', 'Phường Vĩnh Hưng', 'Vinh Hung Ward', 'LOCAL_AUTHORITY', 1024, date '2025-07-01'),
    ('PH-DINH-CONG', 'Phường Định Công', 'Dinh Cong Ward', 'LOCAL_AUTHORITY', 1025, date '2025-07-01'),
    ('PH-TUONG-MAI', 'Phường Tương Mai', 'Tuong Mai Ward', 'LOCAL_AUTHORITY', 1026, date '2025-07-01'),
    ('PH-LINH-NAM', 'Phường Lĩnh Nam', 'Linh Nam Ward', 'LOCAL_AUTHORITY', 1027, date '2025-07-01'),
    ('PH-HOANG-MAI', 'Phường Hoàng Mai', 'Hoang Mai Ward', 'LOCAL_AUTHORITY', 1028, date '2025-07-01'),
    ('PH-HOANG-LIET', 'Phường Hoàng Liệt', 'Hoang Liet Ward', 'LOCAL_AUTHORITY', 1029, date '2025-07-01'),
    ('PH-YEN-SO', 'Phường Yên Sở', 'Yen So Ward', 'LOCAL_AUTHORITY', 1030, date '2025-07-01'),
    ('PH-PHUONG-LIET', 'Phường Phương Liệt', 'Phuong Liet Ward', 'LOCAL_AUTHORITY', 1031, date '2025-07-01'),
    ('PH-KHUONG-DINH', 'Phường Khương Đình', 'Khuong Dinh Ward', 'LOCAL_AUTHORITY', 1032, date '2025-07-01'),
    ('PH-THANH-XUAN', 'Phường Thanh Xuân', 'Thanh Xuan Ward', 'LOCAL_AUTHORITY', 1033, date '2025-07-01'),
    ('PH-TU-LIEM', 'Phường Từ Liêm', 'Tu Liem Ward', 'LOCAL_AUTHORITY', 1034, date '2025-07-01'),
    ('PH-THUONG-CAT', 'Phường Thượng Cát', 'Thuong Cat Ward', 'LOCAL_AUTHORITY', 1035, date '2025-07-01'),
    ('PH-DONG-NGAC', 'Phường Đông Ngạc', 'Dong Ngac Ward', 'LOCAL_AUTHORITY', 1036, date '2025-07-01'),
    ('PH-XUAN-DINH', 'Phường Xuân Đỉnh', 'Xuan Dinh Ward', 'LOCAL_AUTHORITY', 1037, date '2025-07-01'),
    ('PH-TAY-TUU', 'Phường Tây Tựu', 'Tay Tuu Ward', 'LOCAL_AUTHORITY', 1038, date '2025-07-01'),
    ('PH-PHU-DIEN', 'Phường Phú Diễn', 'Phu Dien Ward', 'LOCAL_AUTHORITY', 1039, date '2025-07-01'),
    ('PH-XUAN-PHUONG', 'Phường Xuân Phương', 'Xuan Phuong Ward', 'LOCAL_AUTHORITY', 1040, date '2025-07-01'),
    ('PH-TAY-MO', 'Phường Tây Mỗ', 'Tay Mo Ward', 'LOCAL_AUTHORITY', 1041, date '2025-07-01'),
    ('PH-DAI-MO', 'Phường Đại Mỗ', 'Dai Mo Ward', 'LOCAL_AUTHORITY', 1042, date '2025-07-01'),
    ('PH-THANH-LIET', 'Phường Thanh Liệt', 'Thanh Liet Ward', 'LOCAL_AUTHORITY', 1043, date '2025-07-01'),
    ('PH-KIEN-HUNG', 'Phường Kiến Hưng', 'Kien Hung Ward', 'LOCAL_AUTHORITY', 1044, date '2025-07-01'),
    ('PH-HA-DONG', 'Phường Hà Đông', 'Ha Dong Ward', 'LOCAL_AUTHORITY', 1045, date '2025-07-01'),
    ('PH-YEN-NGHIA', 'Phường Yên Nghĩa', 'Yen Nghia Ward', 'LOCAL_AUTHORITY', 1046, date '2025-07-01'),
    ('PH-PHU-LUONG', 'Phường Phú Lương', 'Phu Luong Ward', 'LOCAL_AUTHORITY', 1047, date '2025-07-01'),
    ('PH-SON-TAY', 'Phường Sơn Tây', 'Son Tay Ward', 'LOCAL_AUTHORITY', 1048, date '2025-07-01'),
    ('PH-TUNG-THIEN', 'Phường Tùng Thiện', 'Tung Thien Ward', 'LOCAL_AUTHORITY', 1049, date '2025-07-01'),
    ('PH-DUONG-NOI', 'Phường Dương Nội', 'Duong Noi Ward', 'LOCAL_AUTHORITY', 1050, date '2025-07-01'),
    ('PH-CHUONG-MY', 'Phường Chương Mỹ', 'Chuong My Ward', 'LOCAL_AUTHORITY', 1051, date '2025-07-01'),
    ('XA-SOC-SON', 'Xã Sóc Sơn', 'Soc Son Commune', 'LOCAL_AUTHORITY', 1052, date '2025-07-01'),
    ('XA-KIM-ANH', 'Xã Kim Anh', 'Kim Anh Commune', 'LOCAL_AUTHORITY', 1053, date '2025-07-01'),
    ('XA-TRUNG-GIA', 'Xã Trung Giã', 'Trung Gia Commune', 'LOCAL_AUTHORITY', 1054, date '2025-07-01'),
    ('XA-DA-PHUC', 'Xã Đa Phúc', 'Da Phuc Commune', 'LOCAL_AUTHORITY', 1055, date '2025-07-01'),
    ('XA-NOI-BAI', 'Xã Nội Bài', 'Noi Bai Commune', 'LOCAL_AUTHORITY', 1056, date '2025-07-01'),
    ('XA-DONG-ANH', 'Xã Đông Anh', 'Dong Anh Commune', 'LOCAL_AUTHORITY', 1057, date '2025-07-01'),
    ('XA-PHUC-THINH', 'Xã Phúc Thịnh', 'Phuc Thinh Commune', 'LOCAL_AUTHORITY', 1058, date '2025-07-01'),
    ('XA-THU-LAM', 'Xã Thư Lâm', 'Thu Lam Commune', 'LOCAL_AUTHORITY', 1059, date '2025-07-01'),
    ('XA-THIEN-LOC', 'Xã Thiên Lộc', 'Thien Loc Commune', 'LOCAL_AUTHORITY', 1060, date '2025-07-01'),
    ('XA-VINH-THANH', 'Xã Vĩnh Thanh', 'Vinh Thanh Commune', 'LOCAL_AUTHORITY', 1061, date '2025-07-01'),
    ('XA-PHU-DONG', 'Xã Phù Đổng', 'Phu Dong Commune', 'LOCAL_AUTHORITY', 1062, date '2025-07-01'),
    ('XA-THUAN-AN', 'Xã Thuận An', 'Thuan An Commune', 'LOCAL_AUTHORITY', 1063, date '2025-07-01'),
    ('XA-GIA-LAM', 'Xã Gia Lâm', 'Gia Lam Commune', 'LOCAL_AUTHORITY', 1064, date '2025-07-01'),
    ('XA-BAT-TRANG', 'Xã Bát Tràng', 'Bat Trang Commune', 'LOCAL_AUTHORITY', 1065, date '2025-07-01'),
    ('XA-THANH-TRI', 'Xã Thanh Trì', 'Thanh Tri Commune', 'LOCAL_AUTHORITY', 1066, date '2025-07-01'),
    ('XA-DAI-THANH', 'Xã Đại Thanh', 'Dai Thanh Commune', 'LOCAL_AUTHORITY', 1067, date '2025-07-01'),
    ('XA-NGOC-HOI', 'Xã Ngọc Hồi', 'Ngoc Hoi Commune', 'LOCAL_AUTHORITY', 1068, date '2025-07-01'),
    ('XA-NAM-PHU', 'Xã Nam Phù', 'Nam Phu Commune', 'LOCAL_AUTHORITY', 1069, date '2025-07-01'),
    ('XA-YEN-XUAN', 'Xã Yên Xuân', 'Yen Xuan Commune', 'LOCAL_AUTHORITY', 1070, date '2025-07-01'),
    ('XA-QUANG-MINH', 'Xã Quang Minh', 'Quang Minh Commune', 'LOCAL_AUTHORITY', 1071, date '2025-07-01'),
    ('XA-YEN-LANG', 'Xã Yên Lãng', 'Yen Lang Commune', 'LOCAL_AUTHORITY', 1072, date '2025-07-01'),
    ('XA-TIEN-THANG', 'Xã Tiến Thắng', 'Tien Thang Commune', 'LOCAL_AUTHORITY', 1073, date '2025-07-01'),
    ('XA-ME-LINH', 'Xã Mê Linh', 'Me Linh Commune', 'LOCAL_AUTHORITY', 1074, date '2025-07-01'),
    ('XA-DOAI-PHUONG', 'Xã Đoài Phương', 'Doai Phuong Commune', 'LOCAL_AUTHORITY', 1075, date '2025-07-01'),
    ('XA-QUANG-OAI', 'Xã Quảng Oai', 'Quang Oai Commune', 'LOCAL_AUTHORITY', 1076, date '2025-07-01'),
    ('XA-CO-DO', 'Xã Cổ Đô', 'Co Do Commune', 'LOCAL_AUTHORITY', 1077, date '2025-07-01'),
    ('XA-MINH-CHAU', 'Xã Minh Châu', 'Minh Chau Commune', 'LOCAL_AUTHORITY', 1078, date '2025-07-01'),
    ('XA-VAT-LAI', 'Xã Vật Lại', 'Vat Lai Commune', 'LOCAL_AUTHORITY', 1079, date '2025-07-01'),
    ('XA-BAT-BAT', 'Xã Bất Bạt', 'Bat Bat Commune', 'LOCAL_AUTHORITY', 1080, date '2025-07-01'),
    ('XA-SUOI-HAI', 'Xã Suối Hai', 'Suoi Hai Commune', 'LOCAL_AUTHORITY', 1081, date '2025-07-01'),
    ('XA-BA-VI', 'Xã Ba Vì', 'Ba Vi Commune', 'LOCAL_AUTHORITY', 1082, date '2025-07-01'),
    ('XA-YEN-BAI', 'Xã Yên Bài', 'Yen Bai Commune', 'LOCAL_AUTHORITY', 1083, date '2025-07-01'),
    ('XA-PHUC-THO', 'Xã Phúc Thọ', 'Phuc Tho Commune', 'LOCAL_AUTHORITY', 1084, date '2025-07-01'),
    ('XA-PHUC-LOC', 'Xã Phúc Lộc', 'Phuc Loc Commune', 'LOCAL_AUTHORITY', 1085, date '2025-07-01'),
    ('XA-HAT-MON', 'Xã Hát Môn', 'Hat Mon Commune', 'LOCAL_AUTHORITY', 1086, date '2025-07-01'),
    ('XA-DAN-PHUONG', 'Xã Đan Phượng', 'Dan Phuong Commune', 'LOCAL_AUTHORITY', 1087, date '2025-07-01'),
    ('XA-LIEN-MINH', 'Xã Liên Minh', 'Lien Minh Commune', 'LOCAL_AUTHORITY', 1088, date '2025-07-01'),
    ('XA-O-DIEN', 'Xã Ô Diên', 'O Dien Commune', 'LOCAL_AUTHORITY', 1089, date '2025-07-01'),
    ('XA-HOAI-DUC', 'Xã Hoài Đức', 'Hoai Duc Commune', 'LOCAL_AUTHORITY', 1090, date '2025-07-01'),
    ('XA-DUONG-HOA', 'Xã Dương Hòa', 'Duong Hoa Commune', 'LOCAL_AUTHORITY', 1091, date '2025-07-01'),
    ('XA-SON-DONG', 'Xã Sơn Đồng', 'Son Dong Commune', 'LOCAL_AUTHORITY', 1092, date '2025-07-01'),
    ('XA-AN-KHANH', 'Xã An Khánh', 'An Khanh Commune', 'LOCAL_AUTHORITY', 1093, date '2025-07-01'),
    ('XA-QUOC-OAI', 'Xã Quốc Oai', 'Quoc Oai Commune', 'LOCAL_AUTHORITY', 1094, date '2025-07-01'),
    ('XA-KIEU-PHU', 'Xã Kiều Phú', 'Kieu Phu Commune', 'LOCAL_AUTHORITY', 1095, date '2025-07-01'),
    ('XA-HUNG-DAO', 'Xã Hưng Đạo', 'Hung Dao Commune', 'LOCAL_AUTHORITY', 1096, date '2025-07-01'),
    ('XA-PHU-CAT', 'Xã Phú Cát', 'Phu Cat Commune', 'LOCAL_AUTHORITY', 1097, date '2025-07-01'),
    ('XA-THACH-THAT', 'Xã Thạch Thất', 'Thach That Commune', 'LOCAL_AUTHORITY', 1098, date '2025-07-01'),
    ('XA-HA-BANG', 'Xã Hạ Bằng', 'Ha Bang Commune', 'LOCAL_AUTHORITY', 1099, date '2025-07-01'),
    ('XA-HOA-LAC', 'Xã Hòa Lạc', 'Hoa Lac Commune', 'LOCAL_AUTHORITY', 1100, date '2025-07-01'),
    ('XA-TAY-PHUONG', 'Xã Tây Phương', 'Tay Phuong Commune', 'LOCAL_AUTHORITY', 1101, date '2025-07-01'),
    ('XA-PHU-NGHIA', 'Xã Phú Nghĩa', 'Phu Nghia Commune', 'LOCAL_AUTHORITY', 1102, date '2025-07-01'),
    ('XA-XUAN-MAI', 'Xã Xuân Mai', 'Xuan Mai Commune', 'LOCAL_AUTHORITY', 1103, date '2025-07-01'),
    ('XA-QUANG-BI', 'Xã Quảng Bị', 'Quang Bi Commune', 'LOCAL_AUTHORITY', 1104, date '2025-07-01'),
    ('XA-TRAN-PHU', 'Xã Trần Phú', 'Tran Phu Commune', 'LOCAL_AUTHORITY', 1105, date '2025-07-01'),
    ('XA-HOA-PHU', 'Xã Hòa Phú', 'Hoa Phu Commune', 'LOCAL_AUTHORITY', 1106, date '2025-07-01'),
    ('XA-THANH-OAI', 'Xã Thanh Oai', 'Thanh Oai Commune', 'LOCAL_AUTHORITY', 1107, date '2025-07-01'),
    ('XA-BINH-MINH', 'Xã Bình Minh', 'Binh Minh Commune', 'LOCAL_AUTHORITY', 1108, date '2025-07-01'),
    ('XA-TAM-HUNG', 'Xã Tam Hưng', 'Tam Hung Commune', 'LOCAL_AUTHORITY', 1109, date '2025-07-01'),
    ('XA-DAN-HOA', 'Xã Dân Hòa', 'Dan Hoa Commune', 'LOCAL_AUTHORITY', 1110, date '2025-07-01'),
    ('XA-THUONG-TIN', 'Xã Thường Tín', 'Thuong Tin Commune', 'LOCAL_AUTHORITY', 1111, date '2025-07-01'),
    ('XA-HONG-VAN', 'Xã Hồng Vân', 'Hong Van Commune', 'LOCAL_AUTHORITY', 1112, date '2025-07-01'),
    ('XA-THUONG-PHUC', 'Xã Thượng Phúc', 'Thuong Phuc Commune', 'LOCAL_AUTHORITY', 1113, date '2025-07-01'),
    ('XA-CHUONG-DUONG', 'Xã Chương Dương', 'Chuong Duong Commune', 'LOCAL_AUTHORITY', 1114, date '2025-07-01'),
    ('XA-PHU-XUYEN', 'Xã Phú Xuyên', 'Phu Xuyen Commune', 'LOCAL_AUTHORITY', 1115, date '2025-07-01'),
    ('XA-PHUONG-DUC', 'Xã Phượng Dực', 'Phuong Duc Commune', 'LOCAL_AUTHORITY', 1116, date '2025-07-01'),
    ('XA-CHUYEN-MY', 'Xã Chuyên Mỹ', 'Chuyen My Commune', 'LOCAL_AUTHORITY', 1117, date '2025-07-01'),
    ('XA-DAI-XUYEN', 'Xã Đại Xuyên', 'Dai Xuyen Commune', 'LOCAL_AUTHORITY', 1118, date '2025-07-01'),
    ('XA-VAN-DINH', 'Xã Vân Đình', 'Van Dinh Commune', 'LOCAL_AUTHORITY', 1119, date '2025-07-01'),
    ('XA-UNG-THIEN', 'Xã Ứng Thiên', 'Ung Thien Commune', 'LOCAL_AUTHORITY', 1120, date '2025-07-01'),
    ('XA-UNG-HOA', 'Xã Ứng Hòa', 'Ung Hoa Commune', 'LOCAL_AUTHORITY', 1121, date '2025-07-01'),
    ('XA-HOA-XA', 'Xã Hòa Xá', 'Hoa Xa Commune', 'LOCAL_AUTHORITY', 1122, date '2025-07-01'),
    ('XA-MY-DUC', 'Xã Mỹ Đức', 'My Duc Commune', 'LOCAL_AUTHORITY', 1123, date '2025-07-01'),
    ('XA-PHUC-SON', 'Xã Phúc Sơn', 'Phuc Son Commune', 'LOCAL_AUTHORITY', 1124, date '2025-07-01'),
    ('XA-HONG-SON', 'Xã Hồng Sơn', 'Hong Son Commune', 'LOCAL_AUTHORITY', 1125, date '2025-07-01'),
    ('XA-HUONG-SON', 'Xã Hương Sơn', 'Huong Son Commune', 'LOCAL_AUTHORITY', 1126, date '2025-07-01');

-- The name each agency has had since it became active.
insert into agency_name (agency_id, name_vi, name_en, valid_from)
select a.id, a.name_vi, a.name_en, a.active_from
from agency a
where not exists (select 1 from agency_name n where n.agency_id = a.id);

-- 2. The plan (coordinator: City Police).
insert into plan (number, issued_on, title_vi, title_en, signer, legal_basis_vi, legal_basis_en, coordinator_agency_id)
values (
    '133/KH-UBND',
    date '2025-05-14',
    'Kế hoạch triển khai thi hành Luật Phòng, chống mua bán người năm 2024 trên địa bàn thành phố Hà Nội',
    'Plan to implement the Law on Prevention and Combat of Human Trafficking 2024 in Hanoi',
    'Lê Hồng Sơn',
    'Luật Phòng, chống mua bán người số 53/2024/QH15 ngày 28/11/2024; Quyết định số 313/QĐ-TTg ngày 17/02/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật Phòng, chống mua bán người năm 2024',
    'Law on Prevention and Combat of Human Trafficking No. 53/2024/QH15 of 28 November 2024; Prime Minister''s Decision No. 313/QĐ-TTg of 17 February 2025 issuing the Government''s plan to implement the Law on Prevention and Combat of Human Trafficking 2024',
    (select id from agency where code = 'CATP')
);

-- 3. Key areas (grouping inferred).
insert into key_area (plan_id, ordinal, title_vi, title_en)
select (select id from plan where number = '133/KH-UBND' and issued_on = date '2025-05-14'), v.ordinal, v.title_vi, v.title_en
from (values
    (1, 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật', 'Review and systematisation of legal documents'),
    (2, 'Phổ biến, quán triệt Luật Phòng, chống mua bán người năm 2024', 'Dissemination of the law'),
    (3, 'Truyền thông, giáo dục nâng cao nhận thức', 'Public communication and education'),
    (4, 'Bảo vệ, hỗ trợ nạn nhân', 'Victim protection and support'),
    (5, 'Chỉ đạo, phối hợp, kiểm tra và báo cáo', 'Direction, coordination, inspection and reporting'),
    (6, 'Triển khai tại cấp xã', 'Implementation in communes and wards'),
    (7, 'Bảo đảm kinh phí', 'Funding')
) as v (ordinal, title_vi, title_en);

-- 4. Tasks. code = key area ordinal . position in the area; sort_order = plan order (1-19);
--    the comment above each row gives its number in DOMAIN.md's task table.
--    All deadlines inferred (provisional = true). FIXED: due_date; ANNUAL: due_month/due_day each year;
--    SCHOOL_YEAR: due_month/due_day at the end of each school year; ONGOING: half-yearly report, no dates here.
insert into task (key_area_id, code, sort_order, title_vi, title_en, description_vi, description_en,
                  output_vi, output_en, schedule_kind, due_date, due_month, due_day, provisional)
select ka.id, v.code, v.sort_order, v.title_vi, v.title_en, v.description_vi, v.description_en,
       v.output_vi, v.output_en, v.schedule_kind, v.due_date::date, v.due_month::smallint, v.due_day::smallint, true
from (values
    -- DOMAIN.md task 1
    (1, '1.1', 1,
     'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền; kiến nghị sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới cho phù hợp với Luật Phòng, chống mua bán người năm 2024',
     'Review legal documents within own remit and propose amending, supplementing, replacing, repealing or issuing documents to conform with the 2024 Law',
     'Các sở, ban, ngành và UBND các xã, phường rà soát các văn bản quy phạm pháp luật do mình tham mưu ban hành hoặc ban hành có liên quan đến phòng, chống mua bán người. Kết quả rà soát gửi Sở Tư pháp để tổng hợp.',
     'City departments and agencies and commune/ward People''s Committees review the legal documents they drafted or issued that concern human trafficking. The results go to the Department of Justice for consolidation.',
     'Báo cáo kết quả rà soát kèm danh mục văn bản đề nghị sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới',
     'Review report with a list of documents proposed for amendment, replacement, repeal or new issuance',
     'FIXED', '2025-09-30', null, null),
    -- DOMAIN.md task 2
    (1, '1.2', 2,
     'Đề nghị Viện kiểm sát nhân dân, Tòa án nhân dân và Ủy ban MTTQ Việt Nam Thành phố rà soát văn bản thuộc phạm vi quản lý',
     'Request the City People''s Procuracy, People''s Court and Vietnam Fatherland Front Committee to review the documents within their remit',
     'Công an Thành phố tham mưu UBND Thành phố có văn bản đề nghị Viện kiểm sát nhân dân, Tòa án nhân dân và Ủy ban MTTQ Việt Nam Thành phố rà soát văn bản liên quan đến phòng, chống mua bán người và thông báo kết quả.',
     'On behalf of the City People''s Committee, the City Police drafts letters asking the Procuracy, the Court and the Fatherland Front Committee to review their documents on human trafficking and to share the results.',
     'Văn bản đề nghị và văn bản trả lời của các cơ quan',
     'Request letters and the agencies'' replies',
     'FIXED', '2025-09-30', null, null),
    -- DOMAIN.md task 3
    (1, '1.3', 3,
     'Tổng hợp kết quả rà soát; tham mưu UBND Thành phố sửa đổi, bổ sung, thay thế, bãi bỏ, ban hành mới hoặc trình HĐND Thành phố xem xét theo thẩm quyền',
     'Consolidate the review results and advise the City People''s Committee on amending, replacing, repealing or issuing documents, or on submissions to the City People''s Council',
     'Sở Tư pháp tổng hợp kết quả rà soát của các cơ quan, đơn vị và địa phương; phối hợp Công an Thành phố, Sở Y tế đề xuất danh mục văn bản cần xử lý và dự thảo tờ trình.',
     'The Department of Justice consolidates the review results of agencies and localities and, with the City Police and the Department of Health, proposes the documents to be handled and drafts the submission.',
     'Tờ trình kèm báo cáo tổng hợp kết quả rà soát',
     'Submission with the consolidated review report',
     'FIXED', '2025-12-31', null, null),
    -- DOMAIN.md task 4
    (1, '1.4', 4,
     'Góp ý dự thảo Nghị định của Chính phủ quy định chi tiết và biện pháp thi hành Luật Phòng, chống mua bán người',
     'Comment on the draft Government decree detailing and guiding the implementation of the Law on Prevention and Combat of Human Trafficking',
     'Công an Thành phố, Sở Y tế chủ trì, phối hợp các sở, ngành nghiên cứu dự thảo và tổng hợp ý kiến góp ý của Thành phố theo đề nghị của bộ, ngành Trung ương.',
     'The City Police and the Department of Health, with the departments, study the draft and consolidate the city''s comments at the request of the central ministries.',
     'Văn bản góp ý dự thảo Nghị định',
     'Comment letter on the draft decree',
     'FIXED', '2025-06-25', null, null),
    -- DOMAIN.md task 5
    (1, '1.5', 5,
     'Sửa đổi, bổ sung quy chế phối hợp tiếp nhận, xác minh, bảo vệ và hỗ trợ nạn nhân bị mua bán phù hợp với mô hình chính quyền địa phương hai cấp',
     'Update the rules for coordinating the reception, verification, protection and support of trafficking victims under the two-tier local government',
     'Sở Y tế chủ trì, phối hợp Công an Thành phố và UBND các xã, phường sửa đổi quy chế phối hợp, làm rõ trách nhiệm của cấp xã trong tiếp nhận, xác minh ban đầu và hỗ trợ nạn nhân.',
     'The Department of Health, with the City Police and commune/ward People''s Committees, revises the coordination rules and sets out the responsibilities of communes and wards for receiving, initially verifying and supporting victims.',
     'Quy chế phối hợp sửa đổi được ban hành',
     'Revised coordination regulation issued',
     'FIXED', '2025-12-31', null, null),
    -- DOMAIN.md task 6
    (2, '2.1', 6,
     'Tổ chức hội nghị quán triệt, tập huấn chuyên sâu Luật Phòng, chống mua bán người năm 2024 cho cán bộ, công chức',
     'Hold a briefing conference and in-depth training on the 2024 Law for officials',
     'Công an Thành phố chủ trì, phối hợp Sở Tư pháp, Sở Y tế tổ chức hội nghị quán triệt và tập huấn chuyên sâu cho cán bộ, công chức làm công tác phòng, chống mua bán người ở cấp thành phố và cấp xã.',
     'The City Police, with the Departments of Justice and Health, holds a briefing conference and in-depth training for officials working on human trafficking prevention at city and commune level.',
     'Hội nghị, lớp tập huấn được tổ chức; danh sách đại biểu tham dự',
     'Conference and training sessions held; attendance lists',
     'FIXED', '2025-12-31', null, null),
    -- DOMAIN.md task 7
    (2, '2.2', 7,
     'Biên soạn tài liệu pháp luật chuyên sâu cho lực lượng trực tiếp thực thi pháp luật về phòng, chống mua bán người',
     'Prepare specialised legal materials for officers directly enforcing the anti-trafficking law',
     'Công an Thành phố chủ trì, phối hợp Sở Tư pháp biên soạn, phát hành sổ tay nghiệp vụ và tài liệu hỏi - đáp về Luật và các văn bản hướng dẫn cho cán bộ trực tiếp làm công tác phòng, chống mua bán người.',
     'The City Police, with the Department of Justice, compiles and issues a handbook and Q&A materials on the Law and its guiding documents for officers directly working on human trafficking cases.',
     'Sổ tay nghiệp vụ, tài liệu hỏi - đáp',
     'Handbook and Q&A materials',
     'FIXED', '2025-09-30', null, null),
    -- DOMAIN.md task 8
    (2, '2.3', 8,
     'Đăng tải toàn văn Luật và các văn bản hướng dẫn thi hành trên cổng, trang thông tin điện tử và Cơ sở dữ liệu quốc gia về pháp luật',
     'Publish the full text of the Law and its guiding documents on official portals and the National Legal Database',
     'Sở Tư pháp cập nhật văn bản trên Cơ sở dữ liệu quốc gia về pháp luật; các cơ quan, đơn vị và UBND các xã, phường đăng tải trên cổng, trang thông tin điện tử của mình. Văn phòng UBND Thành phố phối hợp đăng tải trên Cổng Thông tin điện tử Thành phố.',
     'The Department of Justice updates the National Legal Database; agencies and commune/ward People''s Committees publish the texts on their own portals. The Office of the City People''s Committee publishes them on the City e-portal.',
     'Đường dẫn các văn bản đã đăng tải',
     'Links to the published documents',
     'ONGOING', null, null, null),
    -- DOMAIN.md task 9
    (2, '2.4', 9,
     'Phổ biến Luật Phòng, chống mua bán người năm 2024 đến các tầng lớp Nhân dân',
     'Disseminate the 2024 Law to the public',
     'Sở Tư pháp chủ trì, phối hợp Công an Thành phố lồng ghép phổ biến Luật trong chương trình phổ biến, giáo dục pháp luật hằng năm của Thành phố, chú trọng các nhóm có nguy cơ cao.',
     'The Department of Justice, with the City Police, includes the Law in the city''s annual legal education programme, with a focus on high-risk groups.',
     'Các hoạt động, sự kiện phổ biến pháp luật đã tổ chức',
     'Dissemination activities and events held',
     'ANNUAL', null, 12, 15),
    -- DOMAIN.md task 10
    (3, '3.1', 10,
     'Xây dựng chuyên trang, chuyên mục, chương trình phát thanh, truyền hình về phòng, chống mua bán người',
     'Run dedicated press columns and radio and television programmes on preventing human trafficking',
     'Sở Văn hóa và Thể thao chỉ đạo, định hướng các cơ quan báo chí Thành phố duy trì chuyên trang, chuyên mục, tin bài tuyên truyền về Luật và công tác phòng, chống mua bán người.',
     'The Department of Culture and Sports steers the city press agencies to maintain dedicated pages, columns and reports on the Law and on anti-trafficking work.',
     'Tin, bài, chương trình phát thanh, truyền hình',
     'Articles and radio and television programmes',
     'ONGOING', null, null, null),
    -- DOMAIN.md task 11
    (3, '3.2', 11,
     'Ứng dụng chuyển đổi số, mạng xã hội và hệ thống thông tin cơ sở trong tuyên truyền phòng, chống mua bán người',
     'Use digital tools, social media and grassroots information systems for anti-trafficking communication',
     'Sở Văn hóa và Thể thao chủ trì, phối hợp Sở Khoa học và Công nghệ và UBND các xã, phường đa dạng hóa hình thức tuyên truyền trên nền tảng số, mạng xã hội và hệ thống thông tin cơ sở.',
     'The Department of Culture and Sports, with the Department of Science and Technology and commune/ward People''s Committees, diversifies communication through digital platforms, social media and grassroots loudspeaker and information systems.',
     'Bài đăng, sản phẩm truyền thông số và số lượt tiếp cận',
     'Posts, digital content and reach figures',
     'ONGOING', null, null, null),
    -- DOMAIN.md task 12
    (3, '3.3', 12,
     'Tuyên truyền, giáo dục pháp luật về phòng, chống mua bán người trong trường học',
     'Anti-trafficking legal education in schools',
     'Sở Giáo dục và Đào tạo chủ trì, phối hợp Công an Thành phố, Thành đoàn Hà Nội lồng ghép nội dung phòng, chống mua bán người vào hoạt động ngoại khóa, sinh hoạt chuyên đề trong năm học.',
     'The Department of Education and Training, with the City Police and the Youth Union, builds anti-trafficking content into extracurricular and thematic activities during the school year.',
     'Các hoạt động ngoại khóa, chuyên đề đã tổ chức trong năm học',
     'Extracurricular and thematic activities held during the school year',
     'SCHOOL_YEAR', null, 5, 31),
    -- DOMAIN.md task 13
    (4, '4.1', 13,
     'Tập huấn, truyền thông về kỹ năng phòng ngừa, tự bảo vệ và chính sách hỗ trợ nạn nhân bị mua bán',
     'Training and communication on prevention, personal safety skills and victim-support policies',
     'Sở Y tế chủ trì, phối hợp Công an Thành phố, Hội Liên hiệp Phụ nữ Thành phố và UBND các xã, phường tổ chức tập huấn, truyền thông về phương thức, thủ đoạn mua bán người, kỹ năng tự bảo vệ và chế độ, chính sách hỗ trợ nạn nhân theo quy định.',
     'The Department of Health, with the City Police, the Women''s Union and commune/ward People''s Committees, runs training and communication on trafficking methods, personal safety skills and the support available to victims under the law.',
     'Lớp tập huấn, tài liệu truyền thông',
     'Training sessions and communication materials',
     'ANNUAL', null, 11, 30),
    -- DOMAIN.md task 14
    (5, '5.1', 14,
     'Chủ trì, theo dõi, đôn đốc, hướng dẫn việc phổ biến, triển khai thi hành Luật',
     'Lead, monitor and guide the dissemination and implementation of the Law',
     'Công an Thành phố chủ trì theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị, địa phương triển khai phổ biến Luật; kịp thời tham mưu UBND Thành phố chỉ đạo xử lý các vấn đề phát sinh.',
     'The City Police monitors and guides agencies and localities in disseminating the Law and promptly advises the City People''s Committee on issues that arise.',
     'Văn bản hướng dẫn, đôn đốc; ghi nhận kết quả theo dõi',
     'Guidance and reminder letters; monitoring notes',
     'ONGOING', null, null, null),
    -- DOMAIN.md task 15
    (5, '5.2', 15,
     'Tổ chức các hoạt động hưởng ứng Ngày Toàn dân phòng, chống mua bán người 30/7 và đợt cao điểm tuyên truyền từ 01/7 đến 30/9',
     'Activities for the National Day against Human Trafficking (30 July) and the peak campaign from 1 July to 30 September',
     'Công an Thành phố chủ trì xây dựng kế hoạch hưởng ứng, hướng dẫn các cơ quan, đơn vị và UBND các xã, phường tổ chức hoạt động trong đợt cao điểm (01/7 - 30/9); các cơ quan báo cáo kết quả trước ngày 15/10.',
     'The City Police draws up the campaign plan and guides agencies and commune/ward People''s Committees in organising activities during the peak campaign (1 July - 30 September); results are reported by 15 October.',
     'Kế hoạch hưởng ứng và báo cáo kết quả',
     'Campaign plan and results report',
     'ANNUAL', null, 10, 15),
    -- DOMAIN.md task 18
    (5, '5.3', 16,
     'Kiểm tra, hướng dẫn, tháo gỡ khó khăn, vướng mắc trong quá trình triển khai thi hành Luật',
     'Inspect, guide and resolve difficulties in implementing the Law',
     'UBND Thành phố thường xuyên kiểm tra, hướng dẫn, kịp thời tháo gỡ khó khăn, vướng mắc; Công an Thành phố là cơ quan thường trực tham mưu, phối hợp Sở Y tế, Sở Tư pháp tổ chức kiểm tra.',
     'The City People''s Committee regularly inspects, guides and resolves difficulties; the City Police, as the standing advisory body, organises the inspections with the Departments of Health and Justice.',
     'Kết luận, thông báo kết quả kiểm tra',
     'Inspection conclusions',
     'ANNUAL', null, 12, 15),
    -- DOMAIN.md task 19
    (5, '5.4', 17,
     'Báo cáo định kỳ 6 tháng, hằng năm kết quả triển khai thi hành Luật',
     'Six-monthly and annual reports on implementation of the Law',
     'Các cơ quan, đơn vị và UBND các xã, phường gửi báo cáo kết quả thực hiện kèm phụ lục về Công an Thành phố; Công an Thành phố tổng hợp, tham mưu UBND Thành phố báo cáo cấp có thẩm quyền. Số liệu báo cáo tính đến ngày 14/6 và 14/12.',
     'Agencies and commune/ward People''s Committees send their results report with annex to the City Police, which consolidates them into the city''s report for the competent authorities. Data cut-offs are 14 June and 14 December.',
     'Báo cáo kèm phụ lục',
     'Report with annex',
     'ONGOING', null, null, null),
    -- DOMAIN.md task 16
    (6, '6.1', 18,
     'Xây dựng kế hoạch tuyên truyền, thống kê nạn nhân và hỗ trợ tái hòa nhập cộng đồng tại cấp xã',
     'Commune/ward communication plans, victim statistics and community reintegration support',
     'UBND các xã, phường ban hành kế hoạch tuyên truyền hằng năm; phối hợp Công an xã, phường rà soát, thống kê nạn nhân bị mua bán trở về và hỗ trợ nạn nhân tái hòa nhập cộng đồng.',
     'Commune/ward People''s Committees issue an annual communication plan and, with the commune/ward police, keep statistics on returning victims and support their reintegration into the community.',
     'Kế hoạch của UBND xã, phường; số liệu thống kê nạn nhân',
     'Commune/ward plan; victim statistics',
     'ANNUAL', null, 12, 15),
    -- DOMAIN.md task 17
    (7, '7.1', 19,
     'Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm',
     'Allocate funding for the Plan in the annual budget',
     'Các cơ quan, đơn vị lập dự toán kinh phí thực hiện nhiệm vụ cùng thời điểm xây dựng dự toán ngân sách hằng năm; Sở Tài chính tổng hợp, tham mưu UBND Thành phố bố trí kinh phí theo quy định.',
     'Agencies include the cost of their tasks in their annual budget estimates; the Department of Finance consolidates them and advises the City People''s Committee on the allocation.',
     'Dự toán kinh phí được bố trí trong dự toán ngân sách',
     'Budget line in the annual estimate',
     'ANNUAL', null, 7, 31)
) as v (area, code, sort_order, title_vi, title_en, description_vi, description_en,
        output_vi, output_en, schedule_kind, due_date, due_month, due_day)
join key_area ka on ka.plan_id = (select id from plan where number = '133/KH-UBND' and issued_on = date '2025-05-14') and ka.ordinal = v.area;

-- 5. Task agencies. Each spec row names one agency by code, or a group:
--      #DEPARTMENT  every agency of kind DEPARTMENT (the 11 specialised departments, TTTP and VPUBND)
--      #SPECIALISED the specialised departments only: kind DEPARTMENT except TTTP and VPUBND
--      #CITY        every city body (kind other than LOCAL_AUTHORITY)
--      #LOCAL       every commune/ward People's Committee (kind LOCAL_AUTHORITY)
--    An agency appears at most once per task; when it would be both LEAD and SUPPORT it stays LEAD (so the
--    lead drops out of "all"/"departments" in support). requested = true for the Procuracy, the Court, the
--    Fatherland Front and its member unions (kinds JUDICIAL, FRONT_UNION): the City People's Committee asks
--    them to take part, it cannot assign them.
--    "Commune police" (task 6.1) are units of the City Police, so they appear as CATP.
--    Choices: 1.1 "each department; commune/ward PCs" = CATP + #DEPARTMENT + #LOCAL, all LEAD (so Justice,
--    listed as support, is a lead here); 2.3 "each agency" = CATP + every DEPARTMENT except VPUBND + #LOCAL,
--    with VPUBND supporting (City e-portal); 5.1 "all" = city bodies only; 5.2 and 5.4 "all" = city bodies
--    and communes/wards; 5.3 (City PC) is led by CATP as its adviser; 7.1 support adds CATP, which spends
--    most of the anti-trafficking budget.
insert into task_agency (task_id, agency_id, role, requested)
select distinct on (t.id, a.id) t.id, a.id, s.role, a.kind in ('JUDICIAL', 'FRONT_UNION')
from (values
    ('1.1', 'LEAD', 'CATP'),
    ('1.1', 'LEAD', '#DEPARTMENT'),
    ('1.1', 'LEAD', '#LOCAL'),
    ('1.1', 'SUPPORT', 'STP'),
    ('1.2', 'LEAD', 'CATP'),
    ('1.2', 'SUPPORT', 'VKSND'),
    ('1.2', 'SUPPORT', 'TAND'),
    ('1.2', 'SUPPORT', 'UBMTTQ'),
    ('1.3', 'LEAD', 'STP'),
    ('1.3', 'SUPPORT', 'CATP'),
    ('1.3', 'SUPPORT', 'SYT'),
    ('1.4', 'LEAD', 'CATP'),
    ('1.4', 'LEAD', 'SYT'),
    ('1.4', 'SUPPORT', '#SPECIALISED'),
    ('1.5', 'LEAD', 'SYT'),
    ('1.5', 'SUPPORT', 'CATP'),
    ('1.5', 'SUPPORT', '#LOCAL'),
    ('2.1', 'LEAD', 'CATP'),
    ('2.1', 'SUPPORT', 'STP'),
    ('2.1', 'SUPPORT', 'SYT'),
    ('2.2', 'LEAD', 'CATP'),
    ('2.2', 'SUPPORT', 'STP'),
    ('2.3', 'LEAD', 'STP'),
    ('2.3', 'LEAD', 'CATP'),
    ('2.3', 'LEAD', '#SPECIALISED'),
    ('2.3', 'LEAD', 'TTTP'),
    ('2.3', 'LEAD', '#LOCAL'),
    ('2.3', 'SUPPORT', 'VPUBND'),
    ('2.4', 'LEAD', 'STP'),
    ('2.4', 'SUPPORT', 'CATP'),
    ('3.1', 'LEAD', 'SVHTT'),
    ('3.1', 'SUPPORT', 'BAOCHI'),
    ('3.2', 'LEAD', 'SVHTT'),
    ('3.2', 'SUPPORT', 'SKHCN'),
    ('3.2', 'SUPPORT', '#LOCAL'),
    ('3.3', 'LEAD', 'SGDDT'),
    ('3.3', 'SUPPORT', 'CATP'),
    ('3.3', 'SUPPORT', 'TDTN'),
    ('4.1', 'LEAD', 'SYT'),
    ('4.1', 'SUPPORT', 'CATP'),
    ('4.1', 'SUPPORT', 'HLHPN'),
    ('4.1', 'SUPPORT', '#LOCAL'),
    ('5.1', 'LEAD', 'CATP'),
    ('5.1', 'SUPPORT', '#CITY'),
    ('5.2', 'LEAD', 'CATP'),
    ('5.2', 'SUPPORT', '#CITY'),
    ('5.2', 'SUPPORT', '#LOCAL'),
    ('5.3', 'LEAD', 'CATP'),
    ('5.3', 'SUPPORT', 'SYT'),
    ('5.3', 'SUPPORT', 'STP'),
    ('5.4', 'LEAD', 'CATP'),
    ('5.4', 'SUPPORT', '#CITY'),
    ('5.4', 'SUPPORT', '#LOCAL'),
    ('6.1', 'LEAD', '#LOCAL'),
    ('6.1', 'SUPPORT', 'CATP'),
    ('7.1', 'LEAD', 'STC'),
    ('7.1', 'SUPPORT', '#SPECIALISED'),
    ('7.1', 'SUPPORT', 'CATP')
) as s (task_code, role, selector)
join task t on t.code = s.task_code
join key_area ka on ka.id = t.key_area_id and ka.plan_id = (select id from plan where number = '133/KH-UBND' and issued_on = date '2025-05-14')
join agency a on a.code = s.selector
    or (s.selector = '#DEPARTMENT' and a.kind = 'DEPARTMENT')
    or (s.selector = '#SPECIALISED' and a.kind = 'DEPARTMENT' and a.code not in ('TTTP', 'VPUBND'))
    or (s.selector = '#CITY' and a.kind <> 'LOCAL_AUTHORITY')
    or (s.selector = '#LOCAL' and a.kind = 'LOCAL_AUTHORITY')
order by t.id, a.id, (s.role = 'LEAD') desc;

-- 6. Assignments, one per task agency and period (role and requested copied from task_agency):
--      FIXED        period ''                          due = task.due_date
--      ANNUAL       periods '2025', '2026'             due = make_date(year, due_month, due_day)
--      SCHOOL_YEAR  periods '2025-2026', '2026-2027'   due = make_date(end year, due_month, due_day)
--      ONGOING      periods '2025-H1' .. '2026-H2'     due = 15 Jun / 15 Dec (half-yearly report; data
--                                                      cut-off 14 Jun / 14 Dec, inferred)
--    A period is skipped for an agency that is not active on its due date (the communes and wards exist
--    from 1 Jul 2025, so they get no '2025-H1' assignment).
insert into assignment (task_id, agency_id, role, requested, period, original_due_date, due_date,
                        status, percent_complete)
select ta.task_id, ta.agency_id, ta.role, ta.requested, p.period, p.due, p.due, 'NOT_STARTED', 0
from task_agency ta
join task t on t.id = ta.task_id
join key_area ka on ka.id = t.key_area_id and ka.plan_id = (select id from plan where number = '133/KH-UBND' and issued_on = date '2025-05-14')
join agency a on a.id = ta.agency_id
cross join lateral (
    select '' as period, t.due_date as due
    where t.schedule_kind = 'FIXED'
    union all
    select y::text, make_date(y, t.due_month, t.due_day)
    from generate_series(2025, 2026) as y
    where t.schedule_kind = 'ANNUAL'
    union all
    select (y - 1)::text || '-' || y::text, make_date(y, t.due_month, t.due_day)
    from generate_series(2026, 2027) as y
    where t.schedule_kind = 'SCHOOL_YEAR'
    union all
    select y::text || '-H' || h::text, make_date(y, case h when 1 then 6 else 12 end, 15)
    from generate_series(2025, 2026) as y, generate_series(1, 2) as h
    where t.schedule_kind = 'ONGOING'
) as p
where p.due >= a.active_from
  and (a.active_until is null or p.due <= a.active_until);

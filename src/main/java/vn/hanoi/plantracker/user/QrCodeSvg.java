package vn.hanoi.plantracker.user;

import io.nayuki.qrcodegen.QrCode;

/**
 * Draws a QR code as SVG on the server, so the enrolment page needs no external service
 * and no script: the secret never leaves the application.
 */
public final class QrCodeSvg {

	private static final int BORDER = 4;

	private QrCodeSvg() {
	}

	public static String of(String text) {
		QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		int size = qr.size + BORDER * 2;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" width=\"240\" height=\"240\" role=\"img\" shape-rendering=\"crispEdges\">"
				+ "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\"" + path
				+ "\" fill=\"#000000\"/></svg>";
	}

}

package vn.hanoi.plantracker.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A machine calling the API over real HTTP: no cookies, only its bearer token. */
final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final String token;

	private String language = "en";

	ApiClient(String base, String token) {
		this.base = base;
		this.token = token;
	}

	ApiClient in(String acceptLanguage) {
		ApiClient other = new ApiClient(this.base, this.token);
		other.language = acceptLanguage;
		return other;
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	HttpResponse<String> post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/**
	 * A multipart/form-data POST: the report as the JSON part {@code progress} (of the
	 * given type, none when null) and each file as a part {@code files}.
	 */
	HttpResponse<String> postMultipart(String path, String progressJson, String progressType,
			java.util.Map<String, byte[]> files) {
		String boundary = "----plantracker-" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
		if (progressJson != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"progress\"\r\n"
					+ ((progressType != null) ? "Content-Type: " + progressType + "\r\n" : "") + "\r\n")
				.getBytes(utf8));
			body.writeBytes(progressJson.getBytes(utf8));
			body.writeBytes("\r\n".getBytes(utf8));
		}
		files.forEach((name, content) -> {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(utf8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(utf8));
		});
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60));
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		if (this.language != null) {
			request.header("Accept-Language", this.language);
		}
		return request;
	}

	static JsonNode json(HttpResponse<String> response) {
		return json(response.body());
	}

	static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}

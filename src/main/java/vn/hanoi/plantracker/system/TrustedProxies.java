package vn.hanoi.plantracker.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Which peers may tell the app the client's address and scheme ({@code X-Forwarded-For},
 * {@code X-Forwarded-Proto}): only the proxies listed in
 * {@code plantracker.trusted-proxies} (addresses or CIDR ranges, comma-separated; none by
 * default). Tomcat's own default believes any loopback or private-network peer, so anyone
 * on the office network could pick the address that the sign-in throttle counts and the
 * security log records. From a trusted peer the client is the right-most address of
 * {@code X-Forwarded-For} that is not itself a trusted proxy: what a client wrote to the
 * left of it is ignored.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

	private final String cidrs;

	TrustedProxies(@Value("${plantracker.trusted-proxies:}") List<String> proxies) {
		this.cidrs = String.join(",", cidrs(proxies));
	}

	@Override
	public void customize(TomcatWebServerFactory factory) {
		for (Valve valve : factory.getEngineValves()) {
			if (valve instanceof RemoteIpValve remoteIp) {
				// a CIDR list (each entry has a '/'), never Tomcat's regular expression
				remoteIp.setInternalProxies(this.cidrs);
				remoteIp.setTrustedProxies(null);
			}
		}
	}

	/** After Spring Boot's customizer, which adds the valve. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * Each entry as a CIDR range; a start-up failure names an entry that is neither an
	 * address nor a range (a host name is refused: it is not looked up).
	 */
	static List<String> cidrs(List<String> proxies) {
		List<String> out = new ArrayList<>();
		for (String entry : proxies) {
			String proxy = entry.strip();
			if (proxy.isEmpty()) {
				continue;
			}
			int slash = proxy.indexOf('/');
			String address = (slash < 0) ? proxy : proxy.substring(0, slash);
			byte[] bytes = literal(address, entry);
			int bits = bytes.length * 8;
			if (slash >= 0) {
				try {
					bits = Integer.parseInt(proxy.substring(slash + 1));
				}
				catch (NumberFormatException ex) {
					bits = -1;
				}
				if (bits < 0 || bits > bytes.length * 8) {
					throw new IllegalArgumentException("plantracker.trusted-proxies: bad prefix length in " + entry);
				}
			}
			out.add(address + "/" + bits);
		}
		return out;
	}

	private static byte[] literal(String address, String entry) {
		if (!address.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
			throw new IllegalArgumentException(
					"plantracker.trusted-proxies: not an IP address or CIDR range: " + entry);
		}
		try {
			return InetAddress.getByName(address).getAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("plantracker.trusted-proxies: not an IP address: " + entry, ex);
		}
	}

}

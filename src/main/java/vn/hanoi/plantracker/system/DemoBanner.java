package vn.hanoi.plantracker.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Says loudly, in the log (a warning, so that it reaches whatever collects the log and
 * not only a console), that this is the demo with published passwords.
 */
@Component
@Profile("demo")
class DemoBanner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

	private final String address;

	DemoBanner(@Value("${server.address:}") String address) {
		this.address = address;
	}

	@Override
	public void run(ApplicationArguments args) {
		log.warn("""

				*****************************************************************************
				*  DEMO PROFILE: demo accounts with the published password demo-plan-133,    *
				*  no two-step verification for them. Listening on %s only.
				*  Never use the demo profile for real data.                                 *
				*****************************************************************************
				""".formatted(this.address.isBlank() ? "all addresses" : this.address));
	}

}

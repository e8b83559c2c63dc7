package vn.hanoi.plantracker.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Says loudly, on the console, that this is the demo with published passwords. */
@Component
@Profile("demo")
class DemoBanner implements ApplicationRunner {

	private final String address;

	DemoBanner(@Value("${server.address:}") String address) {
		this.address = address;
	}

	@Override
	public void run(ApplicationArguments args) {
		System.out.println("""

				*****************************************************************************
				*  DEMO PROFILE: demo accounts with the published password demo-plan-133,    *
				*  no two-step verification for them. Listening on %s only.
				*  Never use the demo profile for real data.                                 *
				*****************************************************************************
				""".formatted(this.address.isBlank() ? "all addresses" : this.address));
	}

}

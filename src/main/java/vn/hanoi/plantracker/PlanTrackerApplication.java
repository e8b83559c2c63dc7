package vn.hanoi.plantracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.hanoi.plantracker.system.MavenRunSignals;

@SpringBootApplication
public class PlanTrackerApplication {

	public static void main(String[] args) {
		MavenRunSignals.install();
		SpringApplication.run(PlanTrackerApplication.class, args);
	}

}

package vn.hanoi.plantracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PlanTrackerApplication {

	public static void main(String[] args) {
		SpringApplication.run(PlanTrackerApplication.class, args);
	}

}

package vn.hanoi.plantracker.plan;

/**
 * Roman numerals, as a plan numbers its key areas (I, II, …): one rule for the plan's own
 * annex and the report module's.
 */
public final class RomanNumeral {

	private static final int[] VALUES = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };

	private static final String[] SYMBOLS = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };

	private RomanNumeral() {
	}

	/** The numeral of a positive number; empty for zero. */
	public static String of(int number) {
		StringBuilder roman = new StringBuilder();
		int rest = number;
		for (int i = 0; i < VALUES.length; i++) {
			while (rest >= VALUES[i]) {
				roman.append(SYMBOLS[i]);
				rest -= VALUES[i];
			}
		}
		return roman.toString();
	}

}

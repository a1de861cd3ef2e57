package cn.zugong.core.post;

/**
 * The sums of {@link UnitQuota} over the units of a filter. Vacancies and excess are summed per
 * unit, so a vacancy in one unit never hides over-staffing in another.
 */
public record QuotaTotals(
        int units,
        int principalApproved,
        int principalOccupied,
        int deputyApproved,
        int deputyOccupied,
        int vacancies,
        int excess,
        int overStaffedUnits) {

    public static final QuotaTotals NONE = new QuotaTotals(0, 0, 0, 0, 0, 0, 0, 0);
}

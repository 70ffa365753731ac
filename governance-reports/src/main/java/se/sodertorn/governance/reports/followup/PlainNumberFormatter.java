package se.sodertorn.governance.reports.followup;

import java.math.BigDecimal;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Gives numeric cells as their plain value ("-1", "12345", a percent cell 50 % as "50") rather than as displayed,
 * so that ids and progress parse exactly whatever number format a user applied; dates stay as displayed.
 */
final class PlainNumberFormatter extends DataFormatter {

    PlainNumberFormatter() {
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
        if (!Double.isFinite(value) || DateUtil.isADateFormat(formatIndex, formatString)) {
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
        BigDecimal number = new BigDecimal(NumberToTextConverter.toText(value));
        if (formatString != null && formatString.indexOf('%') >= 0) {
            number = number.movePointRight(2);
        }
        return number.stripTrailingZeros().toPlainString();
    }
}

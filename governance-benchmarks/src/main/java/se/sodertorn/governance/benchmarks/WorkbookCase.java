package se.sodertorn.governance.benchmarks;

import java.io.IOException;
import java.io.OutputStream;

import se.sodertorn.governance.reports.followup.FollowUpWorkbookWriter;

/** The writers compared. */
enum WorkbookCase {
    FOLLOW_UP("FollowUpWorkbookWriter") {
        @Override
        void write(SyntheticPlan plan, OutputStream out) throws IOException {
            new FollowUpWorkbookWriter().write(plan.header(), plan.rows(), out);
        }
    },
    XSSF("XSSFWorkbook") {
        @Override
        void write(SyntheticPlan plan, OutputStream out) throws IOException {
            XssfSink.write(plan, out);
        }
    },
    FASTEXCEL("fastexcel") {
        @Override
        void write(SyntheticPlan plan, OutputStream out) throws IOException {
            FastexcelSink.write(plan, out);
        }
    };

    private final String title;

    WorkbookCase(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    abstract void write(SyntheticPlan plan, OutputStream out) throws IOException;
}

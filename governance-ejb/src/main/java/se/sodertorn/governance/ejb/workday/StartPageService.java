package se.sodertorn.governance.ejb.workday;

/** The start page of the person logged in: what waits for them and how the year goes. */
public interface StartPageService {

    /** The caller's start page, read now; any role. */
    StartPage startPage();

    /** Only the caller's tasks, read now; any role. */
    MyTasks myTasks();
}

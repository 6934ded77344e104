<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdvanceDialog</name>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="44"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="45"/>
        <source>Request {number}: {step}</source>
        <translation>Request {number}: {step}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="50"/>
        <source>(choose the outcome)</source>
        <translation>(choose the outcome)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="55"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="57"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="76"/>
        <source>{step}: request {number}</source>
        <translation>{step}: request {number}</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="114"/>
        <source>Register an information request</source>
        <translation>Register an information request</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="116"/>
        <source>Request {number}</source>
        <translation>Request {number}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="119"/>
        <source>numbered automatically</source>
        <translation>numbered automatically</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="132"/>
        <source>Corrected application received</source>
        <translation>Corrected application received</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="135"/>
        <source>Extended on</source>
        <translation>Extended on</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="139"/>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="143"/>
        <source>(not decided yet)</source>
        <translation>(not decided yet)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="147"/>
        <source> yuan</source>
        <translation> yuan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="153"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="154"/>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="155"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="156"/>
        <source>Applicant type</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="157"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="158"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="159"/>
        <source>Information requested</source>
        <translation>Information requested</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="160"/>
        <source>Handling steps</source>
        <translation>Handling steps</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="168"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="169"/>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="170"/>
        <source>Reply limit</source>
        <translation>Reply limit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="171"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="172"/>
        <source>Processing fee</source>
        <translation>Processing fee</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="173"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="253"/>
        <source>Reply by {date} (20 working days)</source>
        <translation>Reply by {date} (20 working days)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="255"/>
        <source>; extended to {date}</source>
        <translation>; extended to {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="266"/>
        <source>Register information request</source>
        <translation>Register information request</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="277"/>
        <source>Edit request {number}</source>
        <translation>Edit request {number}</translation>
    </message>
</context>
<context>
    <name>ApplicationDocuments</name>
    <message>
        <location filename="../govledger/ui/application_documents.py" line="30"/>
        <source>The stored file of “{name}” is missing; run the ledger check.</source>
        <translation>The stored file of “{name}” is missing; run the ledger check.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_documents.py" line="43"/>
        <source>Cannot open “{name}”: {detail}</source>
        <translation>Cannot open “{name}”: {detail}</translation>
    </message>
</context>
<context>
    <name>ApplicationRegisterWindow</name>
    <message>
        <location filename="../govledger/ui/application_register.py" line="50"/>
        <source>Information requests register (依申请公开)</source>
        <translation>Information requests register (依申请公开)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="75"/>
        <source>&amp;Register request…</source>
        <translation>&amp;Register request…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="76"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="77"/>
        <source>&amp;Next step…</source>
        <translation>&amp;Next step…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="78"/>
        <source>E&amp;xtend…</source>
        <translation>E&amp;xtend…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="79"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="97"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="142"/>
        <source>{total} requests · {open} awaiting a reply · {overdue} overdue · {soon} due soon</source>
        <translation>{total} requests · {open} awaiting a reply · {overdue} overdue · {soon} due soon</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="221"/>
        <source>Delete request</source>
        <translation>Delete request</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="222"/>
        <source>Delete request {number} and its documents? (Undo brings it back.)</source>
        <translation>Delete request {number} and its documents? (Undo brings it back.)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="230"/>
        <source>Delete request {number}</source>
        <translation>Delete request {number}</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <location filename="../govledger/ui/application_model.py" line="121"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="122"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="123"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="124"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="125"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="126"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="127"/>
        <source>Reply due</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="128"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="129"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="130"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="182"/>
        <source>{date} (extended)</source>
        <translation>{date} (extended)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="193"/>
        <source>Replied late</source>
        <translation>Replied late</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="194"/>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="197"/>
        <source>{count} working days overdue</source>
        <translation>{count} working days overdue</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="199"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="200"/>
        <source>{count} working days left</source>
        <translation>{count} working days left</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="204"/>
        <source>Counted from {date}</source>
        <translation>Counted from {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="205"/>
        <source>Statutory limit: {date} ({days} working days)</source>
        <translation>Statutory limit: {date} ({days} working days)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="211"/>
        <source>Extended on {on} by {days} working days, to {date}</source>
        <translation>Extended on {on} by {days} working days, to {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="218"/>
        <source>The extension was decided after the limit had passed.</source>
        <translation>The extension was decided after the limit had passed.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="221"/>
        <source>Replied on {date}</source>
        <translation>Replied on {date}</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="80"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="81"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="82"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="83"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="84"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="85"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="86"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="88"/>
        <source>off</source>
        <comment>holiday badge</comment>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="89"/>
        <source>work</source>
        <comment>make-up workday badge</comment>
        <translation>work</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="90"/>
        <source>+{count} more</source>
        <translation>+{count} more</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="100"/>
        <source>Previous month (PgUp)</source>
        <translation>Previous month (PgUp)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="102"/>
        <source>Next month (PgDown)</source>
        <translation>Next month (PgDown)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="103"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="138"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="141"/>
        <source>Agenda: next</source>
        <translation>Agenda: next</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="167"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="168"/>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="169"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="170"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="171"/>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="183"/>
        <source>{month}/{day}</source>
        <translation>{month}/{day}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="197"/>
        <source>Lead: {units}</source>
        <translation>Lead: {units}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="199"/>
        <source>Cooperating: {units}</source>
        <translation>Cooperating: {units}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="201"/>
        <source>Due {date} · {label}</source>
        <translation>Due {date} · {label}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="206"/>
        <source>Done on {date}</source>
        <translation>Done on {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="208"/>
        <source>{state} · {days} working days left</source>
        <translation>{state} · {days} working days left</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="249"/>
        <source>{year}-{month}</source>
        <translation>{year}-{month}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="292"/>
        <source>Overdue, not done ({count})</source>
        <translation>Overdue, not done ({count})</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="293"/>
        <source>Due in the next {days} days ({count})</source>
        <translation>Due in the next {days} days ({count})</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="305"/>
        <source>Waiting for a triggering event ({count})</source>
        <translation>Waiting for a triggering event ({count})</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="312"/>
        <source>Right-click to record the event that starts the clock.</source>
        <translation>Right-click to record the event that starts the clock.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="365"/>
        <source>Mark this deadline done</source>
        <translation>Mark this deadline done</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="367"/>
        <source>Mark deadline done</source>
        <translation>Mark deadline done</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="373"/>
        <source>Mark not done</source>
        <translation>Mark not done</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="375"/>
        <source>Mark deadline not done</source>
        <translation>Mark deadline not done</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="380"/>
        <location filename="../govledger/ui/calendar_view.py" line="400"/>
        <source>Record triggering event…</source>
        <translation>Record triggering event…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="383"/>
        <location filename="../govledger/ui/calendar_view.py" line="401"/>
        <source>Show in the task tree</source>
        <translation>Show in the task tree</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="392"/>
        <source>Open in the requests register</source>
        <translation>Open in the requests register</translation>
    </message>
</context>
<context>
    <name>CompareYears</name>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="44"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="45"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="46"/>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="47"/>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
</context>
<context>
    <name>CompareYearsDialog</name>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="77"/>
        <source>Compare years</source>
        <translation>Compare years</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="82"/>
        <source>Show unchanged</source>
        <translation>Show unchanged</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="85"/>
        <source>Last year&apos;s plan</source>
        <translation>Last year&apos;s plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="86"/>
        <source>This year&apos;s plan</source>
        <translation>This year&apos;s plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="90"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="90"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="90"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="133"/>
        <source>Choose two different plans.</source>
        <translation>Choose two different plans.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="139"/>
        <source>New {new} · changed {changed} · dropped {dropped} · unchanged {same}</source>
        <translation>New {new} · changed {changed} · dropped {dropped} · unchanged {same}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="192"/>
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="193"/>
        <source>time limit</source>
        <translation>time limit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="198"/>
        <source>Also changed: {fields}</source>
        <translation>Also changed: {fields}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="60"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="61"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="62"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="64"/>
        <source>Progress %</source>
        <translation>Progress %</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="65"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="66"/>
        <source>Units as written</source>
        <translation>Units as written</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="67"/>
        <source>Lead units</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="68"/>
        <source>Cooperating units</source>
        <translation>Cooperating units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="69"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="70"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="71"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="72"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="73"/>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="74"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="75"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="76"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="77"/>
        <source>Captured on</source>
        <translation>Captured on</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="84"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="85"/>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="86"/>
        <source>Progress entry</source>
        <translation>Progress entry</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="87"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>CrashHandling</name>
    <message>
        <location filename="../govledger/ui/crash_handling.py" line="83"/>
        <source>govledger met an unexpected error: {error}

Your ledger is safe: every edit was saved when it was made, and an edit that was interrupted was not saved at all. The details were written to {log}; please send that file to whoever supports govledger in your office.</source>
        <translation>govledger met an unexpected error: {error}

Your ledger is safe: every edit was saved when it was made, and an edit that was interrupted was not saved at all. The details were written to {log}; please send that file to whoever supports govledger in your office.</translation>
    </message>
</context>
<context>
    <name>DeadlineFeatures</name>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="58"/>
        <source>Task ledger</source>
        <translation>Task ledger</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="61"/>
        <source>Deadline calendar</source>
        <translation>Deadline calendar</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="72"/>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="139"/>
        <source>&amp;Deadlines</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="142"/>
        <source>Deadline &amp;calendar</source>
        <translation>Deadline &amp;calendar</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="147"/>
        <source>&amp;Holidays and make-up workdays…</source>
        <translation>&amp;Holidays and make-up workdays…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="151"/>
        <source>Record triggering &amp;event…</source>
        <translation>Record triggering &amp;event…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="155"/>
        <source>Reminder &amp;summary…</source>
        <translation>Reminder &amp;summary…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="158"/>
        <source>Print reminder shee&amp;ts (催办单)…</source>
        <translation>Print reminder shee&amp;ts (催办单)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="162"/>
        <source>Export calendar (.&amp;ics)…</source>
        <translation>Export calendar (.&amp;ics)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="221"/>
        <source>Record triggering event</source>
        <translation>Record triggering event</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="222"/>
        <source>Select a requirement whose time limit runs from an event (such as 印发后3个工作日内) in the task tree first.</source>
        <translation>Select a requirement whose time limit runs from an event (such as 印发后3个工作日内) in the task tree first.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="371"/>
        <location filename="../govledger/ui/deadline_features.py" line="403"/>
        <source>Cannot save {path}: {detail}</source>
        <translation>Cannot save {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="377"/>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="392"/>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="409"/>
        <source>Exported {count} deadlines to {path}</source>
        <translation>Exported {count} deadlines to {path}</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="155"/>
        <source>Decide for each open requirement</source>
        <translation>Decide for each open requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="158"/>
        <source>Carry it over into this year&apos;s plan (with its progress and evidence), close it, or mark it not applicable. Closing and not applicable need a reason.</source>
        <translation>Carry it over into this year&apos;s plan (with its progress and evidence), close it, or mark it not applicable. Closing and not applicable need a reason.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="166"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="167"/>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="168"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="169"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="170"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="171"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="186"/>
        <source>Carry all over</source>
        <translation>Carry all over</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="260"/>
        <source>Nothing is open in last year&apos;s plan: nothing to review.</source>
        <translation>Nothing is open in last year&apos;s plan: nothing to review.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="263"/>
        <source>{count} decisions still need a reason.</source>
        <translation>{count} decisions still need a reason.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../govledger/ui/detail_panel.py" line="46"/>
        <source>Select a task in the tree to see and edit its details.</source>
        <translation>Select a task in the tree to see and edit its details.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/detail_panel.py" line="107"/>
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location filename="../govledger/ui/detail_panel.py" line="108"/>
        <source>Work carried out</source>
        <translation>Work carried out</translation>
    </message>
    <message>
        <location filename="../govledger/ui/detail_panel.py" line="109"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="289"/>
        <source>Documents (request, reply letter…)</source>
        <translation>Documents (request, reply letter…)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="298"/>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="300"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="302"/>
        <source>Save the request first to attach documents.</source>
        <translation>Save the request first to attach documents.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="334"/>
        <source>Attach documents</source>
        <translation>Attach documents</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="344"/>
        <source>Attach document</source>
        <translation>Attach document</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="357"/>
        <source>Remove document “{name}”</source>
        <translation>Remove document “{name}”</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="305"/>
        <source>Review applied</source>
        <translation>Review applied</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="308"/>
        <source>Save the 回头看 report…</source>
        <translation>Save the 回头看 report…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="320"/>
        <source>Reviewed {total} requirements: {carried} carried over into this year&apos;s plan, {closed} closed, {na} not applicable. Undo takes the review back.</source>
        <translation>Reviewed {total} requirements: {carried} carried over into this year&apos;s plan, {closed} closed, {na} not applicable. Undo takes the review back.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="335"/>
        <source>Save the 回头看 report</source>
        <translation>Save the 回头看 report</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="335"/>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="345"/>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>DraftTreeModel</name>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="95"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="96"/>
        <source>Task / requirement</source>
        <translation>Task / requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="97"/>
        <source>Lead units</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="98"/>
        <source>Cooperating units</source>
        <translation>Cooperating units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="99"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="100"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="134"/>
        <source>As written: {units}</source>
        <translation>As written: {units}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="47"/>
        <location filename="../govledger/ui/event_dialog.py" line="102"/>
        <source>Record triggering event</source>
        <translation>Record triggering event</translation>
    </message>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="57"/>
        <source>e.g. the document&apos;s title and number</source>
        <translation>e.g. the document&apos;s title and number</translation>
    </message>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="62"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="63"/>
        <source>Event date</source>
        <translation>Event date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="64"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="90"/>
        <source>Due by {date} ({rule}).</source>
        <translation>Due by {date} ({rule}).</translation>
    </message>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="91"/>
        <source>{year}-{month}-{day}</source>
        <translation>{year}-{month}-{day}</translation>
    </message>
</context>
<context>
    <name>EvidenceAttacher</name>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="76"/>
        <source>Copying “{name}”…</source>
        <translation>Copying “{name}”…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="78"/>
        <source>Copying {count} files…</source>
        <translation>Copying {count} files…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="81"/>
        <source>Attaching evidence</source>
        <translation>Attaching evidence</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="81"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="99"/>
        <source>Attach evidence “{name}”</source>
        <translation>Attach evidence “{name}”</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="97"/>
        <source>Rename evidence</source>
        <translation>Rename evidence</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="108"/>
        <source>captured {date}</source>
        <translation>captured {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="118"/>
        <source>progress {date}</source>
        <translation>progress {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="123"/>
        <source>file missing</source>
        <translation>file missing</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="131"/>
        <source>File: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="135"/>
        <source>Belongs to the progress note of {date}: {text}</source>
        <translation>Belongs to the progress note of {date}: {text}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="139"/>
        <source>Double-click to open; F2 renames the description.</source>
        <translation>Double-click to open; F2 renames the description.</translation>
    </message>
</context>
<context>
    <name>EvidencePackExporter</name>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="43"/>
        <source>Open the plan first.</source>
        <translation>Open the plan first.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="54"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="54"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="57"/>
        <location filename="../govledger/ui/evidence_pack_export.py" line="88"/>
        <source>Export evidence pack</source>
        <translation>Export evidence pack</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="86"/>
        <source>Writing the evidence pack…</source>
        <translation>Writing the evidence pack…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="88"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="103"/>
        <source>The evidence pack is at {path}: {files} files and {links} web links, indexed in 佐证材料索引.xlsx.</source>
        <translation>The evidence pack is at {path}: {files} files and {links} web links, indexed in 佐证材料索引.xlsx.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="107"/>
        <source>Missing files, listed in the index: {names}</source>
        <translation>Missing files, listed in the index: {names}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="110"/>
        <source>Evidence pack written</source>
        <translation>Evidence pack written</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="113"/>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="102"/>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="103"/>
        <location filename="../govledger/ui/evidence_panel.py" line="241"/>
        <source>Paste screenshot</source>
        <translation>Paste screenshot</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="104"/>
        <source>Add web link…</source>
        <translation>Add web link…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="116"/>
        <location filename="../govledger/ui/evidence_panel.py" line="304"/>
        <source>Drop files here, or press Ctrl+V to paste a screenshot.</source>
        <translation>Drop files here, or press Ctrl+V to paste a screenshot.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="127"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="128"/>
        <source>Rename description</source>
        <translation>Rename description</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="129"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="132"/>
        <source>Attach to</source>
        <translation>Attach to</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="205"/>
        <source>This requirement</source>
        <translation>This requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="210"/>
        <source>Progress {date}: {text}</source>
        <translation>Progress {date}: {text}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="225"/>
        <source>Add evidence files</source>
        <translation>Add evidence files</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="257"/>
        <source>Add web link</source>
        <translation>Add web link</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="295"/>
        <source>Not files (folders are not attached): {names}</source>
        <translation>Not files (folders are not attached): {names}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="302"/>
        <source>Copying was cancelled; nothing of that file was kept.</source>
        <translation>Copying was cancelled; nothing of that file was kept.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="368"/>
        <source>Remove evidence “{name}”</source>
        <translation>Remove evidence “{name}”</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="386"/>
        <source>The stored file of “{name}” is missing; run the ledger check.</source>
        <translation>The stored file of “{name}” is missing; run the ledger check.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="396"/>
        <source>Cannot open “{name}”: {detail}</source>
        <translation>Cannot open “{name}”: {detail}</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="45"/>
        <source>&amp;Review &amp;&amp; exchange</source>
        <translation>&amp;Review &amp;&amp; exchange</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="51"/>
        <source>&amp;Review last year&apos;s plan (回头看)…</source>
        <translation>&amp;Review last year&apos;s plan (回头看)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="53"/>
        <source>&amp;Compare years…</source>
        <translation>&amp;Compare years…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="56"/>
        <source>&amp;Export a unit&apos;s package…</source>
        <translation>&amp;Export a unit&apos;s package…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="59"/>
        <source>&amp;Import a unit&apos;s package…</source>
        <translation>&amp;Import a unit&apos;s package…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="61"/>
        <source>Merge co&amp;nflicts…</source>
        <translation>Merge co&amp;nflicts…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="72"/>
        <source>Merge co&amp;nflicts ({count})…</source>
        <translation>Merge co&amp;nflicts ({count})…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="115"/>
        <location filename="../govledger/ui/exchange_menu.py" line="126"/>
        <source>Export a unit&apos;s package</source>
        <translation>Export a unit&apos;s package</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="116"/>
        <source>Unit whose requirements, progress and evidence to export:</source>
        <translation>Unit whose requirements, progress and evidence to export:</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="138"/>
        <source>Exported {unit}&apos;s package: {requirements} requirements, {files} evidence files.</source>
        <translation>Exported {unit}&apos;s package: {requirements} requirements, {files} evidence files.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="147"/>
        <location filename="../govledger/ui/exchange_menu.py" line="197"/>
        <source>Import a unit&apos;s package</source>
        <translation>Import a unit&apos;s package</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="161"/>
        <source>This package deletes {count} records of {unit} here. Merge it anyway?</source>
        <translation>This package deletes {count} records of {unit} here. Merge it anyway?</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="173"/>
        <source>Merge {unit}&apos;s package</source>
        <translation>Merge {unit}&apos;s package</translation>
    </message>
    <message>
        <location filename="../govledger/ui/exchange_menu.py" line="179"/>
        <source>Merged {unit}&apos;s package: {added} added, {updated} updated, {deleted} deleted, {conflicts} conflicts.</source>
        <translation>Merged {unit}&apos;s package: {added} added, {updated} updated, {deleted} deleted, {conflicts} conflicts.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="53"/>
        <source>Word ledger (台账, .docx)</source>
        <translation>Word ledger (台账, .docx)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="60"/>
        <source>Excel ledger (台账, .xlsx)</source>
        <translation>Excel ledger (台账, .xlsx)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="67"/>
        <source>PDF summary with charts (.pdf)</source>
        <translation>PDF summary with charts (.pdf)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="74"/>
        <source>Yearly report draft: 工作要点落实情况 (.docx)</source>
        <translation>Yearly report draft: 工作要点落实情况 (.docx)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="130"/>
        <source>Export and print</source>
        <translation>Export and print</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="138"/>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="142"/>
        <source>Overdue requirements only</source>
        <translation>Overdue requirements only</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="144"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="151"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="152"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="153"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="155"/>
        <location filename="../govledger/ui/export_dialog.py" line="226"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="163"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="169"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="172"/>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="241"/>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="260"/>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="92"/>
        <source>Extend the reply limit</source>
        <translation>Extend the reply limit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="97"/>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="100"/>
        <source>The limit may be extended once, by at most {days} working days, with the approval of the head of the disclosure office.</source>
        <translation>The limit may be extended once, by at most {days} working days, with the approval of the head of the disclosure office.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="108"/>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="109"/>
        <source>Extended by</source>
        <translation>Extended by</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_steps.py" line="124"/>
        <source>Extend request {number}</source>
        <translation>Extend request {number}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="51"/>
        <source>Search tasks, units and progress notes (Ctrl+F)</source>
        <translation>Search tasks, units and progress notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="59"/>
        <source>My unit only</source>
        <translation>My unit only</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="61"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="91"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="104"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="135"/>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="146"/>
        <source>Show only the tasks of {unit}</source>
        <translation>Show only the tasks of {unit}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="148"/>
        <source>Set your unit in Settings first</source>
        <translation>Set your unit in Settings first</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="213"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="86"/>
        <source>Done without evidence</source>
        <translation>Done without evidence</translation>
    </message>
</context>
<context>
    <name>HeadingForm</name>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="28"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="29"/>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="30"/>
        <source>Below it</source>
        <translation>Below it</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="39"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="42"/>
        <source>{total} requirements, {done} done</source>
        <translation>{total} requirements, {done} done</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="60"/>
        <source>Save typed changes</source>
        <translation>Save typed changes</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="69"/>
        <source>Edit number</source>
        <translation>Edit number</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="78"/>
        <source>Edit heading text</source>
        <translation>Edit heading text</translation>
    </message>
</context>
<context>
    <name>HolidayEditor</name>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="47"/>
        <source>Holidays and make-up workdays</source>
        <translation>Holidays and make-up workdays</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="56"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="59"/>
        <source>Paste the State Council notice…</source>
        <translation>Paste the State Council notice…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="61"/>
        <source>Read the days off and make-up workdays from the notice as published</source>
        <translation>Read the days off and make-up workdays from the notice as published</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="68"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="68"/>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="68"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="68"/>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="82"/>
        <location filename="../govledger/ui/holiday_editor.py" line="175"/>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="83"/>
        <location filename="../govledger/ui/holiday_editor.py" line="175"/>
        <source>Make-up workday</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="87"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="89"/>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="92"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="94"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="152"/>
        <source>The {year} schedule is built in from the State Council notice and cannot be changed.</source>
        <translation>The {year} schedule is built in from the State Council notice and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="157"/>
        <source>The {year} schedule was entered here. Check it against the State Council notice; a pasted notice replaces it.</source>
        <translation>The {year} schedule was entered here. Check it against the State Council notice; a pasted notice replaces it.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="162"/>
        <source>The {year} schedule is not built in: enter it from the State Council notice (the days off and the make-up workdays). Until then Monday to Friday count as working days.</source>
        <translation>The {year} schedule is not built in: enter it from the State Council notice (the days off and the make-up workdays). Until then Monday to Friday count as working days.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="171"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="171"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="171"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="171"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="172"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="172"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="172"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="191"/>
        <source>Enter holidays {first} to {last}</source>
        <translation>Enter holidays {first} to {last}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="208"/>
        <source>Remove holidays ({count})</source>
        <translation>Remove holidays ({count})</translation>
    </message>
</context>
<context>
    <name>HolidayNoticeDialog</name>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="46"/>
        <source>Read the State Council holiday notice</source>
        <translation>Read the State Council holiday notice</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="50"/>
        <source>Paste the whole notice (国务院办公厅关于{year}年部分节假日安排的通知) from the government website, title included. Check the days read on the calendar before saving.</source>
        <translation>Paste the whole notice (国务院办公厅关于{year}年部分节假日安排的通知) from the government website, title included. Check the days read on the calendar before saving.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="78"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="79"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="80"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="81"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="82"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="83"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="84"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="86"/>
        <source>off</source>
        <comment>holiday badge</comment>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="87"/>
        <source>work</source>
        <comment>make-up workday badge</comment>
        <translation>work</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="132"/>
        <source>Nothing read yet.</source>
        <translation>Nothing read yet.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="134"/>
        <source>{year}: {off} days off and {work} make-up workdays read.</source>
        <translation>{year}: {off} days off and {work} make-up workdays read.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="140"/>
        <source>Saving replaces the {count} days entered for {year} before.</source>
        <translation>Saving replaces the {count} days entered for {year} before.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="148"/>
        <source>The {year} schedule is built in and cannot be changed; nothing will be saved.</source>
        <translation>The {year} schedule is built in and cannot be changed; nothing will be saved.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="158"/>
        <source>The year was not found: paste the title too.</source>
        <translation>The year was not found: paste the title too.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="159"/>
        <source>No day off could be read</source>
        <translation>No day off could be read</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="160"/>
        <source>Not a date: {detail}</source>
        <translation>Not a date: {detail}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="162"/>
        <source>The weekday printed beside {detail} is not that day&apos;s: check the text</source>
        <translation>The weekday printed beside {detail} is not that day&apos;s: check the text</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="165"/>
        <source>Neither days off (放假) nor make-up workdays (上班)</source>
        <translation>Neither days off (放假) nor make-up workdays (上班)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="171"/>
        <source>Not read: {line} — {reason}</source>
        <translation>Not read: {line} — {reason}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="182"/>
        <source>{name}: {first} to {last}, {count} days off</source>
        <translation>{name}: {first} to {last}, {count} days off</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="186"/>
        <source>Make-up workdays: {days}</source>
        <translation>Make-up workdays: {days}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="187"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="197"/>
        <source>{month}/{day}</source>
        <translation>{month}/{day}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="211"/>
        <source>{year}-{month}</source>
        <translation>{year}-{month}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="222"/>
        <source>Enter the {year} holidays from the notice</source>
        <translation>Enter the {year} holidays from the notice</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="107"/>
        <location filename="../govledger/ui/import_dialog.py" line="234"/>
        <source>Import plan</source>
        <translation>Import plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="112"/>
        <source>A .docx, .xlsx or .txt plan document</source>
        <translation>A .docx, .xlsx or .txt plan document</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="113"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="120"/>
        <source>Paste the plan&apos;s text here, then press Read</source>
        <translation>Paste the plan&apos;s text here, then press Read</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="121"/>
        <source>Read text</source>
        <translation>Read text</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="123"/>
        <source>Paste and read</source>
        <translation>Next step&lt;/source&gt;
        &lt;translation&gt;Next step&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_steps.py&quot; line=&quot;45&quot;/&gt;
        &lt;source&gt;Request {number}: {step}&lt;/source&gt;
        &lt;translation&gt;Request {number}: {step}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_steps.py&quot; line=&quot;50&quot;/&gt;
        &lt;source&gt;(choose the outcome)&lt;/source&gt;
        &lt;translation&gt;(choose the outcome)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_steps.py&quot; line=&quot;55&quot;/&gt;
        &lt;source&gt;Date&lt;/source&gt;
        &lt;translation&gt;Date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_steps.py&quot; line=&quot;57&quot;/&gt;
        &lt;source&gt;Outcome&lt;/source&gt;
        &lt;translation&gt;Outcome&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_steps.py&quot; line=&quot;76&quot;/&gt;
        &lt;source&gt;{step}: request {number}&lt;/source&gt;
        &lt;translation&gt;{step}: request {number}&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ApplicationDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;114&quot;/&gt;
        &lt;source&gt;Register an information request&lt;/source&gt;
        &lt;translation&gt;Register an information request&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;116&quot;/&gt;
        &lt;source&gt;Request {number}&lt;/source&gt;
        &lt;translation&gt;Request {number}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;119&quot;/&gt;
        &lt;source&gt;numbered automatically&lt;/source&gt;
        &lt;translation&gt;numbered automatically&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;132&quot;/&gt;
        &lt;source&gt;Corrected application received&lt;/source&gt;
        &lt;translation&gt;Corrected application received&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;135&quot;/&gt;
        &lt;source&gt;Extended on&lt;/source&gt;
        &lt;translation&gt;Extended on&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;139&quot;/&gt;
        &lt;source&gt; working days&lt;/source&gt;
        &lt;translation&gt; working days&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;143&quot;/&gt;
        &lt;source&gt;(not decided yet)&lt;/source&gt;
        &lt;translation&gt;(not decided yet)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;147&quot;/&gt;
        &lt;source&gt; yuan&lt;/source&gt;
        &lt;translation&gt; yuan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;153&quot;/&gt;
        &lt;source&gt;No.&lt;/source&gt;
        &lt;translation&gt;No.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;154&quot;/&gt;
        &lt;source&gt;Received on&lt;/source&gt;
        &lt;translation&gt;Received on&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;155&quot;/&gt;
        &lt;source&gt;Channel&lt;/source&gt;
        &lt;translation&gt;Channel&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;156&quot;/&gt;
        &lt;source&gt;Applicant type&lt;/source&gt;
        &lt;translation&gt;Applicant type&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;157&quot;/&gt;
        &lt;source&gt;Applicant&lt;/source&gt;
        &lt;translation&gt;Applicant&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;158&quot;/&gt;
        &lt;source&gt;Contact&lt;/source&gt;
        &lt;translation&gt;Contact&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;159&quot;/&gt;
        &lt;source&gt;Information requested&lt;/source&gt;
        &lt;translation&gt;Information requested&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;160&quot;/&gt;
        &lt;source&gt;Handling steps&lt;/source&gt;
        &lt;translation&gt;Handling steps&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;168&quot;/&gt;
        &lt;source&gt;Correction&lt;/source&gt;
        &lt;translation&gt;Correction&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;169&quot;/&gt;
        &lt;source&gt;Extension&lt;/source&gt;
        &lt;translation&gt;Extension&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;170&quot;/&gt;
        &lt;source&gt;Reply limit&lt;/source&gt;
        &lt;translation&gt;Reply limit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;171&quot;/&gt;
        &lt;source&gt;Outcome&lt;/source&gt;
        &lt;translation&gt;Outcome&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;172&quot;/&gt;
        &lt;source&gt;Processing fee&lt;/source&gt;
        &lt;translation&gt;Processing fee&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;173&quot;/&gt;
        &lt;source&gt;Note&lt;/source&gt;
        &lt;translation&gt;Note&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;253&quot;/&gt;
        &lt;source&gt;Reply by {date} (20 working days)&lt;/source&gt;
        &lt;translation&gt;Reply by {date} (20 working days)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;255&quot;/&gt;
        &lt;source&gt;; extended to {date}&lt;/source&gt;
        &lt;translation&gt;; extended to {date}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;266&quot;/&gt;
        &lt;source&gt;Register information request&lt;/source&gt;
        &lt;translation&gt;Register information request&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;277&quot;/&gt;
        &lt;source&gt;Edit request {number}&lt;/source&gt;
        &lt;translation&gt;Edit request {number}&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ApplicationDocuments&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_documents.py&quot; line=&quot;30&quot;/&gt;
        &lt;source&gt;The stored file of “{name}” is missing; run the ledger check.&lt;/source&gt;
        &lt;translation&gt;The stored file of “{name}” is missing; run the ledger check.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_documents.py&quot; line=&quot;43&quot;/&gt;
        &lt;source&gt;Cannot open “{name}”: {detail}&lt;/source&gt;
        &lt;translation&gt;Cannot open “{name}”: {detail}&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ApplicationRegisterWindow&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_register.py&quot; line=&quot;50&quot;/&gt;
        &lt;source&gt;Information requests register (依申请公开)&lt;/source&gt;
        &lt;translation&gt;Information requests register (依申请公开)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_register.py&quot; line=&quot;75&quot;/&gt;
        &lt;source&gt;&amp;Register request…&lt;/source&gt;
        &lt;translation&gt;&amp;Register request…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_register.py&quot; line=&quot;76&quot;/&gt;
        &lt;source&gt;&amp;Edit…&lt;/source&gt;
        &lt;translation&gt;&amp;Edit…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_register.py&quot; line=&quot;77&quot;/&gt;
        &lt;source&gt;&amp;Next step…&lt;/source&gt;
        &lt;translation&gt;&amp;Next step…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_register.py&quot; line=&quot;78&quot;/&gt;
        &lt;source&gt;E&amp;xtend…&lt;/source&gt;
        &lt;translation&gt;E&amp;xtend…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_register.py&quot; line=&quot;79&quot;/&gt;
        &lt;source&gt;&amp;Delete&lt;/source&gt;
        &lt;translation&gt;&amp;Delete&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_register.py&quot; line=&quot;97&quot;/&gt;
        &lt;source&gt;Year&lt;/source&gt;
        &lt;translation&gt;Year&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_register.py&quot; line=&quot;142&quot;/&gt;
        &lt;source&gt;{total} requests · {open} awaiting a reply · {overdue} overdue · {soon} due soon&lt;/source&gt;
        &lt;translation&gt;{total} requests · {open} awaiting a reply · {overdue} overdue · {soon} due soon&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_register.py&quot; line=&quot;221&quot;/&gt;
        &lt;source&gt;Delete request&lt;/source&gt;
        &lt;translation&gt;Delete request&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_register.py&quot; line=&quot;222&quot;/&gt;
        &lt;source&gt;Delete request {number} and its documents? (Undo brings it back.)&lt;/source&gt;
        &lt;translation&gt;Delete request {number} and its documents? (Undo brings it back.)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_register.py&quot; line=&quot;230&quot;/&gt;
        &lt;source&gt;Delete request {number}&lt;/source&gt;
        &lt;translation&gt;Delete request {number}&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ApplicationTableModel&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;121&quot;/&gt;
        &lt;source&gt;No.&lt;/source&gt;
        &lt;translation&gt;No.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;122&quot;/&gt;
        &lt;source&gt;Received&lt;/source&gt;
        &lt;translation&gt;Received&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;123&quot;/&gt;
        &lt;source&gt;Applicant&lt;/source&gt;
        &lt;translation&gt;Applicant&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;124&quot;/&gt;
        &lt;source&gt;Channel&lt;/source&gt;
        &lt;translation&gt;Channel&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;125&quot;/&gt;
        &lt;source&gt;Request&lt;/source&gt;
        &lt;translation&gt;Request&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;126&quot;/&gt;
        &lt;source&gt;Step&lt;/source&gt;
        &lt;translation&gt;Step&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;127&quot;/&gt;
        &lt;source&gt;Reply due&lt;/source&gt;
        &lt;translation&gt;Reply due&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;128&quot;/&gt;
        &lt;source&gt;State&lt;/source&gt;
        &lt;translation&gt;State&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;129&quot;/&gt;
        &lt;source&gt;Outcome&lt;/source&gt;
        &lt;translation&gt;Outcome&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;130&quot;/&gt;
        &lt;source&gt;Documents&lt;/source&gt;
        &lt;translation&gt;Documents&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;182&quot;/&gt;
        &lt;source&gt;{date} (extended)&lt;/source&gt;
        &lt;translation&gt;{date} (extended)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;193&quot;/&gt;
        &lt;source&gt;Replied late&lt;/source&gt;
        &lt;translation&gt;Replied late&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;194&quot;/&gt;
        &lt;source&gt;Replied&lt;/source&gt;
        &lt;translation&gt;Replied&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;197&quot;/&gt;
        &lt;source&gt;{count} working days overdue&lt;/source&gt;
        &lt;translation&gt;{count} working days overdue&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;199&quot;/&gt;
        &lt;source&gt;Due today&lt;/source&gt;
        &lt;translation&gt;Due today&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;200&quot;/&gt;
        &lt;source&gt;{count} working days left&lt;/source&gt;
        &lt;translation&gt;{count} working days left&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;204&quot;/&gt;
        &lt;source&gt;Counted from {date}&lt;/source&gt;
        &lt;translation&gt;Counted from {date}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;205&quot;/&gt;
        &lt;source&gt;Statutory limit: {date} ({days} working days)&lt;/source&gt;
        &lt;translation&gt;Statutory limit: {date} ({days} working days)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;211&quot;/&gt;
        &lt;source&gt;Extended on {on} by {days} working days, to {date}&lt;/source&gt;
        &lt;translation&gt;Extended on {on} by {days} working days, to {date}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;218&quot;/&gt;
        &lt;source&gt;The extension was decided after the limit had passed.&lt;/source&gt;
        &lt;translation&gt;The extension was decided after the limit had passed.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_model.py&quot; line=&quot;221&quot;/&gt;
        &lt;source&gt;Replied on {date}&lt;/source&gt;
        &lt;translation&gt;Replied on {date}&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CalendarView&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;80&quot;/&gt;
        &lt;source&gt;Mon&lt;/source&gt;
        &lt;translation&gt;Mon&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;81&quot;/&gt;
        &lt;source&gt;Tue&lt;/source&gt;
        &lt;translation&gt;Tue&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;82&quot;/&gt;
        &lt;source&gt;Wed&lt;/source&gt;
        &lt;translation&gt;Wed&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;83&quot;/&gt;
        &lt;source&gt;Thu&lt;/source&gt;
        &lt;translation&gt;Thu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;84&quot;/&gt;
        &lt;source&gt;Fri&lt;/source&gt;
        &lt;translation&gt;Fri&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;85&quot;/&gt;
        &lt;source&gt;Sat&lt;/source&gt;
        &lt;translation&gt;Sat&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;86&quot;/&gt;
        &lt;source&gt;Sun&lt;/source&gt;
        &lt;translation&gt;Sun&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;88&quot;/&gt;
        &lt;source&gt;off&lt;/source&gt;
        &lt;comment&gt;holiday badge&lt;/comment&gt;
        &lt;translation&gt;off&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;89&quot;/&gt;
        &lt;source&gt;work&lt;/source&gt;
        &lt;comment&gt;make-up workday badge&lt;/comment&gt;
        &lt;translation&gt;work&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;90&quot;/&gt;
        &lt;source&gt;+{count} more&lt;/source&gt;
        &lt;translation&gt;+{count} more&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;100&quot;/&gt;
        &lt;source&gt;Previous month (PgUp)&lt;/source&gt;
        &lt;translation&gt;Previous month (PgUp)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;102&quot;/&gt;
        &lt;source&gt;Next month (PgDown)&lt;/source&gt;
        &lt;translation&gt;Next month (PgDown)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;103&quot;/&gt;
        &lt;source&gt;Today&lt;/source&gt;
        &lt;translation&gt;Today&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;138&quot;/&gt;
        &lt;source&gt; days&lt;/source&gt;
        &lt;translation&gt; days&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;141&quot;/&gt;
        &lt;source&gt;Agenda: next&lt;/source&gt;
        &lt;translation&gt;Agenda: next&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;167&quot;/&gt;
        &lt;source&gt;Overdue&lt;/source&gt;
        &lt;translation&gt;Overdue&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;168&quot;/&gt;
        &lt;source&gt;Due soon&lt;/source&gt;
        &lt;translation&gt;Due soon&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;169&quot;/&gt;
        &lt;source&gt;Done&lt;/source&gt;
        &lt;translation&gt;Done&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;170&quot;/&gt;
        &lt;source&gt;N/A&lt;/source&gt;
        &lt;translation&gt;N/A&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;171&quot;/&gt;
        &lt;source&gt;Not yet due&lt;/source&gt;
        &lt;translation&gt;Not yet due&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;183&quot;/&gt;
        &lt;source&gt;{month}/{day}&lt;/source&gt;
        &lt;translation&gt;{month}/{day}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;197&quot;/&gt;
        &lt;source&gt;Lead: {units}&lt;/source&gt;
        &lt;translation&gt;Lead: {units}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;199&quot;/&gt;
        &lt;source&gt;Cooperating: {units}&lt;/source&gt;
        &lt;translation&gt;Cooperating: {units}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;201&quot;/&gt;
        &lt;source&gt;Due {date} · {label}&lt;/source&gt;
        &lt;translation&gt;Due {date} · {label}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;206&quot;/&gt;
        &lt;source&gt;Done on {date}&lt;/source&gt;
        &lt;translation&gt;Done on {date}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;208&quot;/&gt;
        &lt;source&gt;{state} · {days} working days left&lt;/source&gt;
        &lt;translation&gt;{state} · {days} working days left&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;249&quot;/&gt;
        &lt;source&gt;{year}-{month}&lt;/source&gt;
        &lt;translation&gt;{year}-{month}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;292&quot;/&gt;
        &lt;source&gt;Overdue, not done ({count})&lt;/source&gt;
        &lt;translation&gt;Overdue, not done ({count})&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;293&quot;/&gt;
        &lt;source&gt;Due in the next {days} days ({count})&lt;/source&gt;
        &lt;translation&gt;Due in the next {days} days ({count})&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;305&quot;/&gt;
        &lt;source&gt;Waiting for a triggering event ({count})&lt;/source&gt;
        &lt;translation&gt;Waiting for a triggering event ({count})&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;312&quot;/&gt;
        &lt;source&gt;Right-click to record the event that starts the clock.&lt;/source&gt;
        &lt;translation&gt;Right-click to record the event that starts the clock.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;365&quot;/&gt;
        &lt;source&gt;Mark this deadline done&lt;/source&gt;
        &lt;translation&gt;Mark this deadline done&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;367&quot;/&gt;
        &lt;source&gt;Mark deadline done&lt;/source&gt;
        &lt;translation&gt;Mark deadline done&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;373&quot;/&gt;
        &lt;source&gt;Mark not done&lt;/source&gt;
        &lt;translation&gt;Mark not done&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;375&quot;/&gt;
        &lt;source&gt;Mark deadline not done&lt;/source&gt;
        &lt;translation&gt;Mark deadline not done&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;380&quot;/&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;400&quot;/&gt;
        &lt;source&gt;Record triggering event…&lt;/source&gt;
        &lt;translation&gt;Record triggering event…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;383&quot;/&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;401&quot;/&gt;
        &lt;source&gt;Show in the task tree&lt;/source&gt;
        &lt;translation&gt;Show in the task tree&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/calendar_view.py&quot; line=&quot;392&quot;/&gt;
        &lt;source&gt;Open in the requests register&lt;/source&gt;
        &lt;translation&gt;Open in the requests register&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CompareYears&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/compare_years.py&quot; line=&quot;44&quot;/&gt;
        &lt;source&gt;New&lt;/source&gt;
        &lt;translation&gt;New&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/compare_years.py&quot; line=&quot;45&quot;/&gt;
        &lt;source&gt;Changed&lt;/source&gt;
        &lt;translation&gt;Changed&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/compare_years.py&quot; line=&quot;46&quot;/&gt;
        &lt;source&gt;Dropped&lt;/source&gt;
        &lt;translation&gt;Dropped&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/compare_years.py&quot; line=&quot;47&quot;/&gt;
        &lt;source&gt;Unchanged&lt;/source&gt;
        &lt;translation&gt;Unchanged&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CompareYearsDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/compare_years.py&quot; line=&quot;77&quot;/&gt;
        &lt;source&gt;Compare years&lt;/source&gt;
        &lt;translation&gt;Compare years&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/compare_years.py&quot; line=&quot;82&quot;/&gt;
        &lt;source&gt;Show unchanged&lt;/source&gt;
        &lt;translation&gt;Show unchanged&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/compare_years.py&quot; line=&quot;85&quot;/&gt;
        &lt;source&gt;Last year&amp;apos;s plan&lt;/source&gt;
        &lt;translation&gt;Last year&amp;apos;s plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/compare_years.py&quot; line=&quot;86&quot;/&gt;
        &lt;source&gt;This year&amp;apos;s plan&lt;/source&gt;
        &lt;translation&gt;This year&amp;apos;s plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/compare_years.py&quot; line=&quot;90&quot;/&gt;
        &lt;source&gt;Change&lt;/source&gt;
        &lt;translation&gt;Change&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/compare_years.py&quot; line=&quot;90&quot;/&gt;
        &lt;source&gt;Last year&lt;/source&gt;
        &lt;translation&gt;Last year&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/compare_years.py&quot; line=&quot;90&quot;/&gt;
        &lt;source&gt;This year&lt;/source&gt;
        &lt;translation&gt;This year&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/compare_years.py&quot; line=&quot;133&quot;/&gt;
        &lt;source&gt;Choose two different plans.&lt;/source&gt;
        &lt;translation&gt;Choose two different plans.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/compare_years.py&quot; line=&quot;139&quot;/&gt;
        &lt;source&gt;New {new} · changed {changed} · dropped {dropped} · unchanged {same}&lt;/source&gt;
        &lt;translation&gt;New {new} · changed {changed} · dropped {dropped} · unchanged {same}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/compare_years.py&quot; line=&quot;192&quot;/&gt;
        &lt;source&gt;units&lt;/source&gt;
        &lt;translation&gt;units&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/compare_years.py&quot; line=&quot;193&quot;/&gt;
        &lt;source&gt;time limit&lt;/source&gt;
        &lt;translation&gt;time limit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/compare_years.py&quot; line=&quot;198&quot;/&gt;
        &lt;source&gt;Also changed: {fields}&lt;/source&gt;
        &lt;translation&gt;Also changed: {fields}&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ConflictDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;60&quot;/&gt;
        &lt;source&gt;Text&lt;/source&gt;
        &lt;translation&gt;Text&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;61&quot;/&gt;
        &lt;source&gt;Title&lt;/source&gt;
        &lt;translation&gt;Title&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;62&quot;/&gt;
        &lt;source&gt;No.&lt;/source&gt;
        &lt;translation&gt;No.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;63&quot;/&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;64&quot;/&gt;
        &lt;source&gt;Progress %&lt;/source&gt;
        &lt;translation&gt;Progress %&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;65&quot;/&gt;
        &lt;source&gt;Note&lt;/source&gt;
        &lt;translation&gt;Note&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;66&quot;/&gt;
        &lt;source&gt;Units as written&lt;/source&gt;
        &lt;translation&gt;Units as written&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;67&quot;/&gt;
        &lt;source&gt;Lead units&lt;/source&gt;
        &lt;translation&gt;Lead units&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;68&quot;/&gt;
        &lt;source&gt;Cooperating units&lt;/source&gt;
        &lt;translation&gt;Cooperating units&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;69&quot;/&gt;
        &lt;source&gt;Time limit&lt;/source&gt;
        &lt;translation&gt;Time limit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;70&quot;/&gt;
        &lt;source&gt;Due date&lt;/source&gt;
        &lt;translation&gt;Due date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;71&quot;/&gt;
        &lt;source&gt;Date&lt;/source&gt;
        &lt;translation&gt;Date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;72&quot;/&gt;
        &lt;source&gt;Unit&lt;/source&gt;
        &lt;translation&gt;Unit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;73&quot;/&gt;
        &lt;source&gt;Recorded by&lt;/source&gt;
        &lt;translation&gt;Recorded by&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;74&quot;/&gt;
        &lt;source&gt;File name&lt;/source&gt;
        &lt;translation&gt;File name&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;75&quot;/&gt;
        &lt;source&gt;Link&lt;/source&gt;
        &lt;translation&gt;Link&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;76&quot;/&gt;
        &lt;source&gt;Year&lt;/source&gt;
        &lt;translation&gt;Year&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;77&quot;/&gt;
        &lt;source&gt;Captured on&lt;/source&gt;
        &lt;translation&gt;Captured on&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;84&quot;/&gt;
        &lt;source&gt;Plan&lt;/source&gt;
        &lt;translation&gt;Plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;85&quot;/&gt;
        &lt;source&gt;Requirement&lt;/source&gt;
        &lt;translation&gt;Requirement&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;86&quot;/&gt;
        &lt;source&gt;Progress entry&lt;/source&gt;
        &lt;translation&gt;Progress entry&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;87&quot;/&gt;
        &lt;source&gt;Evidence&lt;/source&gt;
        &lt;translation&gt;Evidence&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CrashHandling&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/crash_handling.py&quot; line=&quot;83&quot;/&gt;
        &lt;source&gt;govledger met an unexpected error: {error}

Your ledger is safe: every edit was saved when it was made, and an edit that was interrupted was not saved at all. The details were written to {log}; please send that file to whoever supports govledger in your office.&lt;/source&gt;
        &lt;translation&gt;govledger met an unexpected error: {error}

Your ledger is safe: every edit was saved when it was made, and an edit that was interrupted was not saved at all. The details were written to {log}; please send that file to whoever supports govledger in your office.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DeadlineFeatures&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/deadline_features.py&quot; line=&quot;58&quot;/&gt;
        &lt;source&gt;Task ledger&lt;/source&gt;
        &lt;translation&gt;Task ledger&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/deadline_features.py&quot; line=&quot;61&quot;/&gt;
        &lt;source&gt;Deadline calendar&lt;/source&gt;
        &lt;translation&gt;Deadline calendar&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/deadline_features.py&quot; line=&quot;72&quot;/&gt;
        &lt;source&gt;Reminders&lt;/source&gt;
        &lt;translation&gt;Reminders&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/deadline_features.py&quot; line=&quot;139&quot;/&gt;
        &lt;source&gt;&amp;Deadlines&lt;/source&gt;
        &lt;translation&gt;&amp;Deadlines&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/deadline_features.py&quot; line=&quot;142&quot;/&gt;
        &lt;source&gt;Deadline &amp;calendar&lt;/source&gt;
        &lt;translation&gt;Deadline &amp;calendar&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/deadline_features.py&quot; line=&quot;147&quot;/&gt;
        &lt;source&gt;&amp;Holidays and make-up workdays…&lt;/source&gt;
        &lt;translation&gt;&amp;Holidays and make-up workdays…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/deadline_features.py&quot; line=&quot;151&quot;/&gt;
        &lt;source&gt;Record triggering &amp;event…&lt;/source&gt;
        &lt;translation&gt;Record triggering &amp;event…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/deadline_features.py&quot; line=&quot;155&quot;/&gt;
        &lt;source&gt;Reminder &amp;summary…&lt;/source&gt;
        &lt;translation&gt;Reminder &amp;summary…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/deadline_features.py&quot; line=&quot;158&quot;/&gt;
        &lt;source&gt;Print reminder shee&amp;ts (催办单)…&lt;/source&gt;
        &lt;translation&gt;Print reminder shee&amp;ts (催办单)…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/deadline_features.py&quot; line=&quot;162&quot;/&gt;
        &lt;source&gt;Export calendar (.&amp;ics)…&lt;/source&gt;
        &lt;translation&gt;Export calendar (.&amp;ics)…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/deadline_features.py&quot; line=&quot;221&quot;/&gt;
        &lt;source&gt;Record triggering event&lt;/source&gt;
        &lt;translation&gt;Record triggering event&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/deadline_features.py&quot; line=&quot;222&quot;/&gt;
        &lt;source&gt;Select a requirement whose time limit runs from an event (such as 印发后3个工作日内) in the task tree first.&lt;/source&gt;
        &lt;translation&gt;Select a requirement whose time limit runs from an event (such as 印发后3个工作日内) in the task tree first.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/deadline_features.py&quot; line=&quot;371&quot;/&gt;
        &lt;location filename=&quot;../govledger/ui/deadline_features.py&quot; line=&quot;403&quot;/&gt;
        &lt;source&gt;Cannot save {path}: {detail}&lt;/source&gt;
        &lt;translation&gt;Cannot save {path}: {detail}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/deadline_features.py&quot; line=&quot;377&quot;/&gt;
        &lt;source&gt;Saved {path}&lt;/source&gt;
        &lt;translation&gt;Saved {path}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/deadline_features.py&quot; line=&quot;392&quot;/&gt;
        &lt;source&gt;Export calendar&lt;/source&gt;
        &lt;translation&gt;Export calendar&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/deadline_features.py&quot; line=&quot;409&quot;/&gt;
        &lt;source&gt;Exported {count} deadlines to {path}&lt;/source&gt;
        &lt;translation&gt;Exported {count} deadlines to {path}&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DecisionsPage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;155&quot;/&gt;
        &lt;source&gt;Decide for each open requirement&lt;/source&gt;
        &lt;translation&gt;Decide for each open requirement&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;158&quot;/&gt;
        &lt;source&gt;Carry it over into this year&amp;apos;s plan (with its progress and evidence), close it, or mark it not applicable. Closing and not applicable need a reason.&lt;/source&gt;
        &lt;translation&gt;Carry it over into this year&amp;apos;s plan (with its progress and evidence), close it, or mark it not applicable. Closing and not applicable need a reason.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;166&quot;/&gt;
        &lt;source&gt;No.&lt;/source&gt;
        &lt;translation&gt;No.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;167&quot;/&gt;
        &lt;source&gt;Requirement&lt;/source&gt;
        &lt;translation&gt;Requirement&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;168&quot;/&gt;
        &lt;source&gt;Units&lt;/source&gt;
        &lt;translation&gt;Units&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;169&quot;/&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;170&quot;/&gt;
        &lt;source&gt;Decision&lt;/source&gt;
        &lt;translation&gt;Decision&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;171&quot;/&gt;
        &lt;source&gt;Reason&lt;/source&gt;
        &lt;translation&gt;Reason&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;186&quot;/&gt;
        &lt;source&gt;Carry all over&lt;/source&gt;
        &lt;translation&gt;Carry all over&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;260&quot;/&gt;
        &lt;source&gt;Nothing is open in last year&amp;apos;s plan: nothing to review.&lt;/source&gt;
        &lt;translation&gt;Nothing is open in last year&amp;apos;s plan: nothing to review.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;263&quot;/&gt;
        &lt;source&gt;{count} decisions still need a reason.&lt;/source&gt;
        &lt;translation&gt;{count} decisions still need a reason.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DetailPanel&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/detail_panel.py&quot; line=&quot;46&quot;/&gt;
        &lt;source&gt;Select a task in the tree to see and edit its details.&lt;/source&gt;
        &lt;translation&gt;Select a task in the tree to see and edit its details.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/detail_panel.py&quot; line=&quot;107&quot;/&gt;
        &lt;source&gt;Basic information&lt;/source&gt;
        &lt;translation&gt;Basic information&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/detail_panel.py&quot; line=&quot;108&quot;/&gt;
        &lt;source&gt;Work carried out&lt;/source&gt;
        &lt;translation&gt;Work carried out&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/detail_panel.py&quot; line=&quot;109&quot;/&gt;
        &lt;source&gt;Evidence&lt;/source&gt;
        &lt;translation&gt;Evidence&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DocumentList&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;289&quot;/&gt;
        &lt;source&gt;Documents (request, reply letter…)&lt;/source&gt;
        &lt;translation&gt;Documents (request, reply letter…)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;298&quot;/&gt;
        &lt;source&gt;Attach…&lt;/source&gt;
        &lt;translation&gt;Attach…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;300&quot;/&gt;
        &lt;source&gt;Remove&lt;/source&gt;
        &lt;translation&gt;Remove&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;302&quot;/&gt;
        &lt;source&gt;Save the request first to attach documents.&lt;/source&gt;
        &lt;translation&gt;Save the request first to attach documents.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;334&quot;/&gt;
        &lt;source&gt;Attach documents&lt;/source&gt;
        &lt;translation&gt;Attach documents&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;344&quot;/&gt;
        &lt;source&gt;Attach document&lt;/source&gt;
        &lt;translation&gt;Attach document&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_dialog.py&quot; line=&quot;357&quot;/&gt;
        &lt;source&gt;Remove document “{name}”&lt;/source&gt;
        &lt;translation&gt;Remove document “{name}”&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DonePage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;305&quot;/&gt;
        &lt;source&gt;Review applied&lt;/source&gt;
        &lt;translation&gt;Review applied&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;308&quot;/&gt;
        &lt;source&gt;Save the 回头看 report…&lt;/source&gt;
        &lt;translation&gt;Save the 回头看 report…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;320&quot;/&gt;
        &lt;source&gt;Reviewed {total} requirements: {carried} carried over into this year&amp;apos;s plan, {closed} closed, {na} not applicable. Undo takes the review back.&lt;/source&gt;
        &lt;translation&gt;Reviewed {total} requirements: {carried} carried over into this year&amp;apos;s plan, {closed} closed, {na} not applicable. Undo takes the review back.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;335&quot;/&gt;
        &lt;source&gt;Save the 回头看 report&lt;/source&gt;
        &lt;translation&gt;Save the 回头看 report&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;335&quot;/&gt;
        &lt;source&gt;Word document (*.docx)&lt;/source&gt;
        &lt;translation&gt;Word document (*.docx)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;345&quot;/&gt;
        &lt;source&gt;Saved to {path}&lt;/source&gt;
        &lt;translation&gt;Saved to {path}&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DraftTreeModel&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/draft_model.py&quot; line=&quot;95&quot;/&gt;
        &lt;source&gt;No.&lt;/source&gt;
        &lt;translation&gt;No.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/draft_model.py&quot; line=&quot;96&quot;/&gt;
        &lt;source&gt;Task / requirement&lt;/source&gt;
        &lt;translation&gt;Task / requirement&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/draft_model.py&quot; line=&quot;97&quot;/&gt;
        &lt;source&gt;Lead units&lt;/source&gt;
        &lt;translation&gt;Lead units&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/draft_model.py&quot; line=&quot;98&quot;/&gt;
        &lt;source&gt;Cooperating units&lt;/source&gt;
        &lt;translation&gt;Cooperating units&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/draft_model.py&quot; line=&quot;99&quot;/&gt;
        &lt;source&gt;Time limit&lt;/source&gt;
        &lt;translation&gt;Time limit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/draft_model.py&quot; line=&quot;100&quot;/&gt;
        &lt;source&gt;Due date&lt;/source&gt;
        &lt;translation&gt;Due date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/draft_model.py&quot; line=&quot;134&quot;/&gt;
        &lt;source&gt;As written: {units}&lt;/source&gt;
        &lt;translation&gt;As written: {units}&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;EventDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/event_dialog.py&quot; line=&quot;47&quot;/&gt;
        &lt;location filename=&quot;../govledger/ui/event_dialog.py&quot; line=&quot;102&quot;/&gt;
        &lt;source&gt;Record triggering event&lt;/source&gt;
        &lt;translation&gt;Record triggering event&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/event_dialog.py&quot; line=&quot;57&quot;/&gt;
        &lt;source&gt;e.g. the document&amp;apos;s title and number&lt;/source&gt;
        &lt;translation&gt;e.g. the document&amp;apos;s title and number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/event_dialog.py&quot; line=&quot;62&quot;/&gt;
        &lt;source&gt;Time limit&lt;/source&gt;
        &lt;translation&gt;Time limit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/event_dialog.py&quot; line=&quot;63&quot;/&gt;
        &lt;source&gt;Event date&lt;/source&gt;
        &lt;translation&gt;Event date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/event_dialog.py&quot; line=&quot;64&quot;/&gt;
        &lt;source&gt;Note&lt;/source&gt;
        &lt;translation&gt;Note&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/event_dialog.py&quot; line=&quot;90&quot;/&gt;
        &lt;source&gt;Due by {date} ({rule}).&lt;/source&gt;
        &lt;translation&gt;Due by {date} ({rule}).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/event_dialog.py&quot; line=&quot;91&quot;/&gt;
        &lt;source&gt;{year}-{month}-{day}&lt;/source&gt;
        &lt;translation&gt;{year}-{month}-{day}&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;EvidenceAttacher&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_attach.py&quot; line=&quot;76&quot;/&gt;
        &lt;source&gt;Copying “{name}”…&lt;/source&gt;
        &lt;translation&gt;Copying “{name}”…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_attach.py&quot; line=&quot;78&quot;/&gt;
        &lt;source&gt;Copying {count} files…&lt;/source&gt;
        &lt;translation&gt;Copying {count} files…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_attach.py&quot; line=&quot;81&quot;/&gt;
        &lt;source&gt;Attaching evidence&lt;/source&gt;
        &lt;translation&gt;Attaching evidence&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_attach.py&quot; line=&quot;81&quot;/&gt;
        &lt;source&gt;Cancel&lt;/source&gt;
        &lt;translation&gt;Cancel&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_attach.py&quot; line=&quot;99&quot;/&gt;
        &lt;source&gt;Attach evidence “{name}”&lt;/source&gt;
        &lt;translation&gt;Attach evidence “{name}”&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;EvidenceListModel&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_model.py&quot; line=&quot;97&quot;/&gt;
        &lt;source&gt;Rename evidence&lt;/source&gt;
        &lt;translation&gt;Rename evidence&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_model.py&quot; line=&quot;108&quot;/&gt;
        &lt;source&gt;captured {date}&lt;/source&gt;
        &lt;translation&gt;captured {date}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_model.py&quot; line=&quot;118&quot;/&gt;
        &lt;source&gt;progress {date}&lt;/source&gt;
        &lt;translation&gt;progress {date}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_model.py&quot; line=&quot;123&quot;/&gt;
        &lt;source&gt;file missing&lt;/source&gt;
        &lt;translation&gt;file missing&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_model.py&quot; line=&quot;131&quot;/&gt;
        &lt;source&gt;File: {name}&lt;/source&gt;
        &lt;translation&gt;File: {name}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_model.py&quot; line=&quot;135&quot;/&gt;
        &lt;source&gt;Belongs to the progress note of {date}: {text}&lt;/source&gt;
        &lt;translation&gt;Belongs to the progress note of {date}: {text}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_model.py&quot; line=&quot;139&quot;/&gt;
        &lt;source&gt;Double-click to open; F2 renames the description.&lt;/source&gt;
        &lt;translation&gt;Double-click to open; F2 renames the description.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;EvidencePackExporter&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_pack_export.py&quot; line=&quot;43&quot;/&gt;
        &lt;source&gt;Open the plan first.&lt;/source&gt;
        &lt;translation&gt;Open the plan first.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_pack_export.py&quot; line=&quot;54&quot;/&gt;
        &lt;source&gt;Zip archive (*.zip)&lt;/source&gt;
        &lt;translation&gt;Zip archive (*.zip)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_pack_export.py&quot; line=&quot;54&quot;/&gt;
        &lt;source&gt;Folder&lt;/source&gt;
        &lt;translation&gt;Folder&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_pack_export.py&quot; line=&quot;57&quot;/&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_pack_export.py&quot; line=&quot;88&quot;/&gt;
        &lt;source&gt;Export evidence pack&lt;/source&gt;
        &lt;translation&gt;Export evidence pack&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_pack_export.py&quot; line=&quot;86&quot;/&gt;
        &lt;source&gt;Writing the evidence pack…&lt;/source&gt;
        &lt;translation&gt;Writing the evidence pack…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_pack_export.py&quot; line=&quot;88&quot;/&gt;
        &lt;source&gt;Cancel&lt;/source&gt;
        &lt;translation&gt;Cancel&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_pack_export.py&quot; line=&quot;103&quot;/&gt;
        &lt;source&gt;The evidence pack is at {path}: {files} files and {links} web links, indexed in 佐证材料索引.xlsx.&lt;/source&gt;
        &lt;translation&gt;The evidence pack is at {path}: {files} files and {links} web links, indexed in 佐证材料索引.xlsx.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_pack_export.py&quot; line=&quot;107&quot;/&gt;
        &lt;source&gt;Missing files, listed in the index: {names}&lt;/source&gt;
        &lt;translation&gt;Missing files, listed in the index: {names}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_pack_export.py&quot; line=&quot;110&quot;/&gt;
        &lt;source&gt;Evidence pack written&lt;/source&gt;
        &lt;translation&gt;Evidence pack written&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_pack_export.py&quot; line=&quot;113&quot;/&gt;
        &lt;source&gt;Show in folder&lt;/source&gt;
        &lt;translation&gt;Show in folder&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;EvidencePanel&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;102&quot;/&gt;
        &lt;source&gt;Add files…&lt;/source&gt;
        &lt;translation&gt;Add files…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;103&quot;/&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;241&quot;/&gt;
        &lt;source&gt;Paste screenshot&lt;/source&gt;
        &lt;translation&gt;Paste screenshot&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;104&quot;/&gt;
        &lt;source&gt;Add web link…&lt;/source&gt;
        &lt;translation&gt;Add web link…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;116&quot;/&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;304&quot;/&gt;
        &lt;source&gt;Drop files here, or press Ctrl+V to paste a screenshot.&lt;/source&gt;
        &lt;translation&gt;Drop files here, or press Ctrl+V to paste a screenshot.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;127&quot;/&gt;
        &lt;source&gt;Open&lt;/source&gt;
        &lt;translation&gt;Open&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;128&quot;/&gt;
        &lt;source&gt;Rename description&lt;/source&gt;
        &lt;translation&gt;Rename description&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;129&quot;/&gt;
        &lt;source&gt;Remove&lt;/source&gt;
        &lt;translation&gt;Remove&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;132&quot;/&gt;
        &lt;source&gt;Attach to&lt;/source&gt;
        &lt;translation&gt;Attach to&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;205&quot;/&gt;
        &lt;source&gt;This requirement&lt;/source&gt;
        &lt;translation&gt;This requirement&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;210&quot;/&gt;
        &lt;source&gt;Progress {date}: {text}&lt;/source&gt;
        &lt;translation&gt;Progress {date}: {text}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;225&quot;/&gt;
        &lt;source&gt;Add evidence files&lt;/source&gt;
        &lt;translation&gt;Add evidence files&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;257&quot;/&gt;
        &lt;source&gt;Add web link&lt;/source&gt;
        &lt;translation&gt;Add web link&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;295&quot;/&gt;
        &lt;source&gt;Not files (folders are not attached): {names}&lt;/source&gt;
        &lt;translation&gt;Not files (folders are not attached): {names}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;302&quot;/&gt;
        &lt;source&gt;Copying was cancelled; nothing of that file was kept.&lt;/source&gt;
        &lt;translation&gt;Copying was cancelled; nothing of that file was kept.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;368&quot;/&gt;
        &lt;source&gt;Remove evidence “{name}”&lt;/source&gt;
        &lt;translation&gt;Remove evidence “{name}”&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;386&quot;/&gt;
        &lt;source&gt;The stored file of “{name}” is missing; run the ledger check.&lt;/source&gt;
        &lt;translation&gt;The stored file of “{name}” is missing; run the ledger check.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_panel.py&quot; line=&quot;396&quot;/&gt;
        &lt;source&gt;Cannot open “{name}”: {detail}&lt;/source&gt;
        &lt;translation&gt;Cannot open “{name}”: {detail}&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ExchangeMenu&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/exchange_menu.py&quot; line=&quot;45&quot;/&gt;
        &lt;source&gt;&amp;Review &amp;&amp; exchange&lt;/source&gt;
        &lt;translation&gt;&amp;Review &amp;&amp; exchange&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/exchange_menu.py&quot; line=&quot;51&quot;/&gt;
        &lt;source&gt;&amp;Review last year&amp;apos;s plan (回头看)…&lt;/source&gt;
        &lt;translation&gt;&amp;Review last year&amp;apos;s plan (回头看)…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/exchange_menu.py&quot; line=&quot;53&quot;/&gt;
        &lt;source&gt;&amp;Compare years…&lt;/source&gt;
        &lt;translation&gt;&amp;Compare years…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/exchange_menu.py&quot; line=&quot;56&quot;/&gt;
        &lt;source&gt;&amp;Export a unit&amp;apos;s package…&lt;/source&gt;
        &lt;translation&gt;&amp;Export a unit&amp;apos;s package…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/exchange_menu.py&quot; line=&quot;59&quot;/&gt;
        &lt;source&gt;&amp;Import a unit&amp;apos;s package…&lt;/source&gt;
        &lt;translation&gt;&amp;Import a unit&amp;apos;s package…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/exchange_menu.py&quot; line=&quot;61&quot;/&gt;
        &lt;source&gt;Merge co&amp;nflicts…&lt;/source&gt;
        &lt;translation&gt;Merge co&amp;nflicts…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/exchange_menu.py&quot; line=&quot;72&quot;/&gt;
        &lt;source&gt;Merge co&amp;nflicts ({count})…&lt;/source&gt;
        &lt;translation&gt;Merge co&amp;nflicts ({count})…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/exchange_menu.py&quot; line=&quot;115&quot;/&gt;
        &lt;location filename=&quot;../govledger/ui/exchange_menu.py&quot; line=&quot;126&quot;/&gt;
        &lt;source&gt;Export a unit&amp;apos;s package&lt;/source&gt;
        &lt;translation&gt;Export a unit&amp;apos;s package&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/exchange_menu.py&quot; line=&quot;116&quot;/&gt;
        &lt;source&gt;Unit whose requirements, progress and evidence to export:&lt;/source&gt;
        &lt;translation&gt;Unit whose requirements, progress and evidence to export:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/exchange_menu.py&quot; line=&quot;138&quot;/&gt;
        &lt;source&gt;Exported {unit}&amp;apos;s package: {requirements} requirements, {files} evidence files.&lt;/source&gt;
        &lt;translation&gt;Exported {unit}&amp;apos;s package: {requirements} requirements, {files} evidence files.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/exchange_menu.py&quot; line=&quot;147&quot;/&gt;
        &lt;location filename=&quot;../govledger/ui/exchange_menu.py&quot; line=&quot;197&quot;/&gt;
        &lt;source&gt;Import a unit&amp;apos;s package&lt;/source&gt;
        &lt;translation&gt;Import a unit&amp;apos;s package&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/exchange_menu.py&quot; line=&quot;161&quot;/&gt;
        &lt;source&gt;This package deletes {count} records of {unit} here. Merge it anyway?&lt;/source&gt;
        &lt;translation&gt;This package deletes {count} records of {unit} here. Merge it anyway?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/exchange_menu.py&quot; line=&quot;173&quot;/&gt;
        &lt;source&gt;Merge {unit}&amp;apos;s package&lt;/source&gt;
        &lt;translation&gt;Merge {unit}&amp;apos;s package&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/exchange_menu.py&quot; line=&quot;179&quot;/&gt;
        &lt;source&gt;Merged {unit}&amp;apos;s package: {added} added, {updated} updated, {deleted} deleted, {conflicts} conflicts.&lt;/source&gt;
        &lt;translation&gt;Merged {unit}&amp;apos;s package: {added} added, {updated} updated, {deleted} deleted, {conflicts} conflicts.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ExportDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/export_dialog.py&quot; line=&quot;53&quot;/&gt;
        &lt;source&gt;Word ledger (台账, .docx)&lt;/source&gt;
        &lt;translation&gt;Word ledger (台账, .docx)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/export_dialog.py&quot; line=&quot;60&quot;/&gt;
        &lt;source&gt;Excel ledger (台账, .xlsx)&lt;/source&gt;
        &lt;translation&gt;Excel ledger (台账, .xlsx)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/export_dialog.py&quot; line=&quot;67&quot;/&gt;
        &lt;source&gt;PDF summary with charts (.pdf)&lt;/source&gt;
        &lt;translation&gt;PDF summary with charts (.pdf)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/export_dialog.py&quot; line=&quot;74&quot;/&gt;
        &lt;source&gt;Yearly report draft: 工作要点落实情况 (.docx)&lt;/source&gt;
        &lt;translation&gt;Yearly report draft: 工作要点落实情况 (.docx)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/export_dialog.py&quot; line=&quot;130&quot;/&gt;
        &lt;source&gt;Export and print&lt;/source&gt;
        &lt;translation&gt;Export and print&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/export_dialog.py&quot; line=&quot;138&quot;/&gt;
        &lt;source&gt;All units&lt;/source&gt;
        &lt;translation&gt;All units&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/export_dialog.py&quot; line=&quot;142&quot;/&gt;
        &lt;source&gt;Overdue requirements only&lt;/source&gt;
        &lt;translation&gt;Overdue requirements only&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/export_dialog.py&quot; line=&quot;144&quot;/&gt;
        &lt;source&gt;Browse…&lt;/source&gt;
        &lt;translation&gt;Browse…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/export_dialog.py&quot; line=&quot;151&quot;/&gt;
        &lt;source&gt;Plan&lt;/source&gt;
        &lt;translation&gt;Plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/export_dialog.py&quot; line=&quot;152&quot;/&gt;
        &lt;source&gt;Document&lt;/source&gt;
        &lt;translation&gt;Document&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/export_dialog.py&quot; line=&quot;153&quot;/&gt;
        &lt;source&gt;Unit&lt;/source&gt;
        &lt;translation&gt;Unit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/export_dialog.py&quot; line=&quot;155&quot;/&gt;
        &lt;location filename=&quot;../govledger/ui/export_dialog.py&quot; line=&quot;226&quot;/&gt;
        &lt;source&gt;Save as&lt;/source&gt;
        &lt;translation&gt;Save as&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/export_dialog.py&quot; line=&quot;163&quot;/&gt;
        &lt;source&gt;Open folder&lt;/source&gt;
        &lt;translation&gt;Open folder&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/export_dialog.py&quot; line=&quot;169&quot;/&gt;
        &lt;source&gt;Export&lt;/source&gt;
        &lt;translation&gt;Export&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/export_dialog.py&quot; line=&quot;172&quot;/&gt;
        &lt;source&gt;Print preview…&lt;/source&gt;
        &lt;translation&gt;Print preview…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/export_dialog.py&quot; line=&quot;241&quot;/&gt;
        &lt;source&gt;Writing {name}…&lt;/source&gt;
        &lt;translation&gt;Writing {name}…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/export_dialog.py&quot; line=&quot;260&quot;/&gt;
        &lt;source&gt;Saved to {path}&lt;/source&gt;
        &lt;translation&gt;Saved to {path}&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ExtendDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_steps.py&quot; line=&quot;92&quot;/&gt;
        &lt;source&gt;Extend the reply limit&lt;/source&gt;
        &lt;translation&gt;Extend the reply limit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_steps.py&quot; line=&quot;97&quot;/&gt;
        &lt;source&gt; working days&lt;/source&gt;
        &lt;translation&gt; working days&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_steps.py&quot; line=&quot;100&quot;/&gt;
        &lt;source&gt;The limit may be extended once, by at most {days} working days, with the approval of the head of the disclosure office.&lt;/source&gt;
        &lt;translation&gt;The limit may be extended once, by at most {days} working days, with the approval of the head of the disclosure office.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_steps.py&quot; line=&quot;108&quot;/&gt;
        &lt;source&gt;Decided on&lt;/source&gt;
        &lt;translation&gt;Decided on&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_steps.py&quot; line=&quot;109&quot;/&gt;
        &lt;source&gt;Extended by&lt;/source&gt;
        &lt;translation&gt;Extended by&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/application_steps.py&quot; line=&quot;124&quot;/&gt;
        &lt;source&gt;Extend request {number}&lt;/source&gt;
        &lt;translation&gt;Extend request {number}&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FilterBar&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/filter_bar.py&quot; line=&quot;51&quot;/&gt;
        &lt;source&gt;Search tasks, units and progress notes (Ctrl+F)&lt;/source&gt;
        &lt;translation&gt;Search tasks, units and progress notes (Ctrl+F)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/filter_bar.py&quot; line=&quot;59&quot;/&gt;
        &lt;source&gt;My unit only&lt;/source&gt;
        &lt;translation&gt;My unit only&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/filter_bar.py&quot; line=&quot;61&quot;/&gt;
        &lt;source&gt;Clear filters&lt;/source&gt;
        &lt;translation&gt;Clear filters&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/filter_bar.py&quot; line=&quot;91&quot;/&gt;
        &lt;source&gt;Due&lt;/source&gt;
        &lt;translation&gt;Due&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/filter_bar.py&quot; line=&quot;104&quot;/&gt;
        &lt;source&gt;Unit&lt;/source&gt;
        &lt;translation&gt;Unit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/filter_bar.py&quot; line=&quot;108&quot;/&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/filter_bar.py&quot; line=&quot;135&quot;/&gt;
        &lt;source&gt;All units&lt;/source&gt;
        &lt;translation&gt;All units&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/filter_bar.py&quot; line=&quot;146&quot;/&gt;
        &lt;source&gt;Show only the tasks of {unit}&lt;/source&gt;
        &lt;translation&gt;Show only the tasks of {unit}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/filter_bar.py&quot; line=&quot;148&quot;/&gt;
        &lt;source&gt;Set your unit in Settings first&lt;/source&gt;
        &lt;translation&gt;Set your unit in Settings first&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/filter_bar.py&quot; line=&quot;213&quot;/&gt;
        &lt;source&gt;All statuses&lt;/source&gt;
        &lt;translation&gt;All statuses&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/filter_bar.py&quot; line=&quot;86&quot;/&gt;
        &lt;source&gt;Done without evidence&lt;/source&gt;
        &lt;translation&gt;Done without evidence&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;HeadingForm&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/heading_form.py&quot; line=&quot;28&quot;/&gt;
        &lt;source&gt;No.&lt;/source&gt;
        &lt;translation&gt;No.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/heading_form.py&quot; line=&quot;29&quot;/&gt;
        &lt;source&gt;Heading&lt;/source&gt;
        &lt;translation&gt;Heading&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/heading_form.py&quot; line=&quot;30&quot;/&gt;
        &lt;source&gt;Below it&lt;/source&gt;
        &lt;translation&gt;Below it&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/heading_form.py&quot; line=&quot;39&quot;/&gt;
        &lt;source&gt;Counting…&lt;/source&gt;
        &lt;translation&gt;Counting…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/heading_form.py&quot; line=&quot;42&quot;/&gt;
        &lt;source&gt;{total} requirements, {done} done&lt;/source&gt;
        &lt;translation&gt;{total} requirements, {done} done&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/heading_form.py&quot; line=&quot;60&quot;/&gt;
        &lt;source&gt;Save typed changes&lt;/source&gt;
        &lt;translation&gt;Save typed changes&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/heading_form.py&quot; line=&quot;69&quot;/&gt;
        &lt;source&gt;Edit number&lt;/source&gt;
        &lt;translation&gt;Edit number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/heading_form.py&quot; line=&quot;78&quot;/&gt;
        &lt;source&gt;Edit heading text&lt;/source&gt;
        &lt;translation&gt;Edit heading text&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;HolidayEditor&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;47&quot;/&gt;
        &lt;source&gt;Holidays and make-up workdays&lt;/source&gt;
        &lt;translation&gt;Holidays and make-up workdays&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;56&quot;/&gt;
        &lt;source&gt;Year&lt;/source&gt;
        &lt;translation&gt;Year&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;59&quot;/&gt;
        &lt;source&gt;Paste the State Council notice…&lt;/source&gt;
        &lt;translation&gt;Paste the State Council notice…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;61&quot;/&gt;
        &lt;source&gt;Read the days off and make-up workdays from the notice as published&lt;/source&gt;
        &lt;translation&gt;Read the days off and make-up workdays from the notice as published&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;68&quot;/&gt;
        &lt;source&gt;Date&lt;/source&gt;
        &lt;translation&gt;Date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;68&quot;/&gt;
        &lt;source&gt;Weekday&lt;/source&gt;
        &lt;translation&gt;Weekday&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;68&quot;/&gt;
        &lt;source&gt;Kind&lt;/source&gt;
        &lt;translation&gt;Kind&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;68&quot;/&gt;
        &lt;source&gt;Holiday&lt;/source&gt;
        &lt;translation&gt;Holiday&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;82&quot;/&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;175&quot;/&gt;
        &lt;source&gt;Day off&lt;/source&gt;
        &lt;translation&gt;Day off&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;83&quot;/&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;175&quot;/&gt;
        &lt;source&gt;Make-up workday&lt;/source&gt;
        &lt;translation&gt;Make-up workday&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;87&quot;/&gt;
        &lt;source&gt;Add&lt;/source&gt;
        &lt;translation&gt;Add&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;89&quot;/&gt;
        &lt;source&gt;Remove selected&lt;/source&gt;
        &lt;translation&gt;Remove selected&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;92&quot;/&gt;
        &lt;source&gt;From&lt;/source&gt;
        &lt;translation&gt;From&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;94&quot;/&gt;
        &lt;source&gt;to&lt;/source&gt;
        &lt;translation&gt;to&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;152&quot;/&gt;
        &lt;source&gt;The {year} schedule is built in from the State Council notice and cannot be changed.&lt;/source&gt;
        &lt;translation&gt;The {year} schedule is built in from the State Council notice and cannot be changed.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;157&quot;/&gt;
        &lt;source&gt;The {year} schedule was entered here. Check it against the State Council notice; a pasted notice replaces it.&lt;/source&gt;
        &lt;translation&gt;The {year} schedule was entered here. Check it against the State Council notice; a pasted notice replaces it.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;162&quot;/&gt;
        &lt;source&gt;The {year} schedule is not built in: enter it from the State Council notice (the days off and the make-up workdays). Until then Monday to Friday count as working days.&lt;/source&gt;
        &lt;translation&gt;The {year} schedule is not built in: enter it from the State Council notice (the days off and the make-up workdays). Until then Monday to Friday count as working days.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;171&quot;/&gt;
        &lt;source&gt;Mon&lt;/source&gt;
        &lt;translation&gt;Mon&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;171&quot;/&gt;
        &lt;source&gt;Tue&lt;/source&gt;
        &lt;translation&gt;Tue&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;171&quot;/&gt;
        &lt;source&gt;Wed&lt;/source&gt;
        &lt;translation&gt;Wed&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;171&quot;/&gt;
        &lt;source&gt;Thu&lt;/source&gt;
        &lt;translation&gt;Thu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;172&quot;/&gt;
        &lt;source&gt;Fri&lt;/source&gt;
        &lt;translation&gt;Fri&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;172&quot;/&gt;
        &lt;source&gt;Sat&lt;/source&gt;
        &lt;translation&gt;Sat&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;172&quot;/&gt;
        &lt;source&gt;Sun&lt;/source&gt;
        &lt;translation&gt;Sun&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;191&quot;/&gt;
        &lt;source&gt;Enter holidays {first} to {last}&lt;/source&gt;
        &lt;translation&gt;Enter holidays {first} to {last}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_editor.py&quot; line=&quot;208&quot;/&gt;
        &lt;source&gt;Remove holidays ({count})&lt;/source&gt;
        &lt;translation&gt;Remove holidays ({count})&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;HolidayNoticeDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;46&quot;/&gt;
        &lt;source&gt;Read the State Council holiday notice&lt;/source&gt;
        &lt;translation&gt;Read the State Council holiday notice&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;50&quot;/&gt;
        &lt;source&gt;Paste the whole notice (国务院办公厅关于{year}年部分节假日安排的通知) from the government website, title included. Check the days read on the calendar before saving.&lt;/source&gt;
        &lt;translation&gt;Paste the whole notice (国务院办公厅关于{year}年部分节假日安排的通知) from the government website, title included. Check the days read on the calendar before saving.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;78&quot;/&gt;
        &lt;source&gt;Mon&lt;/source&gt;
        &lt;translation&gt;Mon&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;79&quot;/&gt;
        &lt;source&gt;Tue&lt;/source&gt;
        &lt;translation&gt;Tue&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;80&quot;/&gt;
        &lt;source&gt;Wed&lt;/source&gt;
        &lt;translation&gt;Wed&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;81&quot;/&gt;
        &lt;source&gt;Thu&lt;/source&gt;
        &lt;translation&gt;Thu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;82&quot;/&gt;
        &lt;source&gt;Fri&lt;/source&gt;
        &lt;translation&gt;Fri&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;83&quot;/&gt;
        &lt;source&gt;Sat&lt;/source&gt;
        &lt;translation&gt;Sat&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;84&quot;/&gt;
        &lt;source&gt;Sun&lt;/source&gt;
        &lt;translation&gt;Sun&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;86&quot;/&gt;
        &lt;source&gt;off&lt;/source&gt;
        &lt;comment&gt;holiday badge&lt;/comment&gt;
        &lt;translation&gt;off&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;87&quot;/&gt;
        &lt;source&gt;work&lt;/source&gt;
        &lt;comment&gt;make-up workday badge&lt;/comment&gt;
        &lt;translation&gt;work&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;132&quot;/&gt;
        &lt;source&gt;Nothing read yet.&lt;/source&gt;
        &lt;translation&gt;Nothing read yet.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;134&quot;/&gt;
        &lt;source&gt;{year}: {off} days off and {work} make-up workdays read.&lt;/source&gt;
        &lt;translation&gt;{year}: {off} days off and {work} make-up workdays read.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;140&quot;/&gt;
        &lt;source&gt;Saving replaces the {count} days entered for {year} before.&lt;/source&gt;
        &lt;translation&gt;Saving replaces the {count} days entered for {year} before.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;148&quot;/&gt;
        &lt;source&gt;The {year} schedule is built in and cannot be changed; nothing will be saved.&lt;/source&gt;
        &lt;translation&gt;The {year} schedule is built in and cannot be changed; nothing will be saved.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;158&quot;/&gt;
        &lt;source&gt;The year was not found: paste the title too.&lt;/source&gt;
        &lt;translation&gt;The year was not found: paste the title too.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;159&quot;/&gt;
        &lt;source&gt;No day off could be read&lt;/source&gt;
        &lt;translation&gt;No day off could be read&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;160&quot;/&gt;
        &lt;source&gt;Not a date: {detail}&lt;/source&gt;
        &lt;translation&gt;Not a date: {detail}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;162&quot;/&gt;
        &lt;source&gt;The weekday printed beside {detail} is not that day&amp;apos;s: check the text&lt;/source&gt;
        &lt;translation&gt;The weekday printed beside {detail} is not that day&amp;apos;s: check the text&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;165&quot;/&gt;
        &lt;source&gt;Neither days off (放假) nor make-up workdays (上班)&lt;/source&gt;
        &lt;translation&gt;Neither days off (放假) nor make-up workdays (上班)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;171&quot;/&gt;
        &lt;source&gt;Not read: {line} — {reason}&lt;/source&gt;
        &lt;translation&gt;Not read: {line} — {reason}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;182&quot;/&gt;
        &lt;source&gt;{name}: {first} to {last}, {count} days off&lt;/source&gt;
        &lt;translation&gt;{name}: {first} to {last}, {count} days off&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;186&quot;/&gt;
        &lt;source&gt;Make-up workdays: {days}&lt;/source&gt;
        &lt;translation&gt;Make-up workdays: {days}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;187&quot;/&gt;
        &lt;source&gt;, &lt;/source&gt;
        &lt;translation&gt;, &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;197&quot;/&gt;
        &lt;source&gt;{month}/{day}&lt;/source&gt;
        &lt;translation&gt;{month}/{day}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;211&quot;/&gt;
        &lt;source&gt;{year}-{month}&lt;/source&gt;
        &lt;translation&gt;{year}-{month}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/holiday_notice_dialog.py&quot; line=&quot;222&quot;/&gt;
        &lt;source&gt;Enter the {year} holidays from the notice&lt;/source&gt;
        &lt;translation&gt;Enter the {year} holidays from the notice&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ImportDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;107&quot;/&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;234&quot;/&gt;
        &lt;source&gt;Import plan&lt;/source&gt;
        &lt;translation&gt;Import plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;112&quot;/&gt;
        &lt;source&gt;A .docx, .xlsx or .txt plan document&lt;/source&gt;
        &lt;translation&gt;A .docx, .xlsx or .txt plan document&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;113&quot;/&gt;
        &lt;source&gt;Choose file…&lt;/source&gt;
        &lt;translation&gt;Choose file…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;120&quot;/&gt;
        &lt;source&gt;Paste the plan&amp;apos;s text here, then press Read&lt;/source&gt;
        &lt;translation&gt;Paste the plan&amp;apos;s text here, then press Read&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;121&quot;/&gt;
        &lt;source&gt;Read text&lt;/source&gt;
        &lt;translation&gt;Read text&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;123&quot;/&gt;
        &lt;source&gt;Paste and read</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="134"/>
        <source>From a file</source>
        <translation>From a file</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="135"/>
        <source>Paste text</source>
        <translation>Paste text</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="158"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="161"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="163"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="165"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="187"/>
        <source>Outdent</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="188"/>
        <source>Indent</source>
        <translation>Indent</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="190"/>
        <source>Heading ↔ requirement</source>
        <translation>Heading ↔ requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="192"/>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="217"/>
        <source>Save as new plan</source>
        <translation>Save as new plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="237"/>
        <source>Plan documents (*.docx *.xlsx *.html *.htm *.mht *.mhtml *.txt);;All files (*)</source>
        <translation>From a file&lt;/source&gt;
        &lt;translation&gt;From a file&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;135&quot;/&gt;
        &lt;source&gt;Paste text&lt;/source&gt;
        &lt;translation&gt;Paste text&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;158&quot;/&gt;
        &lt;source&gt;Title&lt;/source&gt;
        &lt;translation&gt;Title&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;161&quot;/&gt;
        &lt;source&gt;Organization&lt;/source&gt;
        &lt;translation&gt;Organization&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;163&quot;/&gt;
        &lt;source&gt;Document number&lt;/source&gt;
        &lt;translation&gt;Document number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;165&quot;/&gt;
        &lt;source&gt;Year&lt;/source&gt;
        &lt;translation&gt;Year&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;187&quot;/&gt;
        &lt;source&gt;Outdent&lt;/source&gt;
        &lt;translation&gt;Outdent&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;188&quot;/&gt;
        &lt;source&gt;Indent&lt;/source&gt;
        &lt;translation&gt;Indent&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;190&quot;/&gt;
        &lt;source&gt;Heading ↔ requirement&lt;/source&gt;
        &lt;translation&gt;Heading ↔ requirement&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;192&quot;/&gt;
        &lt;source&gt;Remove row&lt;/source&gt;
        &lt;translation&gt;Remove row&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;217&quot;/&gt;
        &lt;source&gt;Save as new plan&lt;/source&gt;
        &lt;translation&gt;Save as new plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;237&quot;/&gt;
        &lt;source&gt;Plan documents (*.docx *.xlsx *.html *.htm *.mht *.mhtml *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="319"/>
        <source>No warnings: the plan was read without doubts.</source>
        <translation>No warnings: the plan was read without doubts.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="323"/>
        <source>{requirements} requirements · {warnings} warnings to review</source>
        <translation>{requirements} requirements · {warnings} warnings to review</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="347"/>
        <source>Import plan “{title}”</source>
        <translation>Import plan “{title}”</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../govledger/ui/labels.py" line="26"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="27"/>
        <source>Task / requirement</source>
        <translation>Task / requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="28"/>
        <source>Lead units</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="29"/>
        <source>Cooperating</source>
        <translation>Cooperating</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="30"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="31"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="33"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="34"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="40"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="41"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="42"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="43"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="44"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="50"/>
        <source>Lead or cooperating</source>
        <translation>Lead or cooperating</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="51"/>
        <source>Lead only</source>
        <translation>Lead only</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="52"/>
        <source>Cooperating only</source>
        <translation>Cooperating only</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="58"/>
        <source>all year / ongoing</source>
        <translation>all year / ongoing</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="59"/>
        <source>every year</source>
        <translation>every year</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="60"/>
        <source>every quarter</source>
        <translation>every quarter</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="61"/>
        <source>every month</source>
        <translation>every month</translation>
    </message>
</context>
<context>
    <name>LedgerOpening</name>
    <message>
        <location filename="../govledger/ui/ledger_opening.py" line="96"/>
        <source>This ledger is in use on {host} ({user}) since {since}.

Only one computer may change it at a time. You can open it read-only to look at it and print from it.</source>
        <translation>This ledger is in use on {host} ({user}) since {since}.

Only one computer may change it at a time. You can open it read-only to look at it and print from it.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_opening.py" line="104"/>
        <location filename="../govledger/ui/ledger_opening.py" line="126"/>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_opening.py" line="114"/>
        <source>The ledger was not closed properly on {host} ({user}) — perhaps after a power cut or a crash — and that program is no longer running.

Take the ledger over on this computer? Every saved edit is kept.</source>
        <translation>The ledger was not closed properly on {host} ({user}) — perhaps after a power cut or a crash — and that program is no longer running.

Take the ledger over on this computer? Every saved edit is kept.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_opening.py" line="122"/>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_opening.py" line="141"/>
        <source>No good backup was found to recover from.</source>
        <translation>No good backup was found to recover from.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_opening.py" line="146"/>
        <source>{error}

The damaged file will be kept aside (never overwritten) and the ledger rebuilt from the latest good backup of {time}: {plans} plans, {tasks} tasks.

Recover now?</source>
        <translation>{error}

The damaged file will be kept aside (never overwritten) and the ledger rebuilt from the latest good backup of {time}: {plans} plans, {tasks} tasks.

Recover now?</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../govledger/ui/evidence_link_dialog.py" line="30"/>
        <source>Add web link</source>
        <translation>Add web link</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_link_dialog.py" line="34"/>
        <source>e.g. the column page on the portal</source>
        <translation>e.g. the column page on the portal</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_link_dialog.py" line="39"/>
        <source>The address must start with http:// or https://</source>
        <translation>The address must start with http:// or https://</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_link_dialog.py" line="47"/>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_link_dialog.py" line="48"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_link_dialog.py" line="49"/>
        <source>Date captured</source>
        <translation>Date captured</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_link_dialog.py" line="50"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../govledger/ui/main_window.py" line="65"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="112"/>
        <source>Ledger: {path}</source>
        <translation>Ledger: {path}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="130"/>
        <source>{year} · {title}</source>
        <translation>{year} · {title}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="136"/>
        <source>(no plan yet — import one)</source>
        <translation>(no plan yet — import one)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="174"/>
        <source>Government disclosure work-plan ledger</source>
        <translation>Government disclosure work-plan ledger</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="211"/>
        <source>govledger</source>
        <translation>govledger</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="229"/>
        <source>Indexing the plan…</source>
        <translation>Indexing the plan…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="237"/>
        <source>{total} requirements · {done} done · {progress} in progress · {overdue} overdue · {soon} due soon</source>
        <translation>{total} requirements · {done} done · {progress} in progress · {overdue} overdue · {soon} due soon</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="306"/>
        <source>Filters apply once the plan is indexed…</source>
        <translation>Filters apply once the plan is indexed…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="310"/>
        <source>{count} requirements match</source>
        <translation>{count} requirements match</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="177"/>
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
</context>
<context>
    <name>MergeConflictDialog</name>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="104"/>
        <source>Merge conflicts</source>
        <translation>Merge conflicts</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="112"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="112"/>
        <source>This ledger</source>
        <translation>This ledger</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="112"/>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="121"/>
        <source>Keep this ledger&apos;s version</source>
        <translation>Keep this ledger&apos;s version</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="122"/>
        <source>Take the package&apos;s version</source>
        <translation>Take the package&apos;s version</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="146"/>
        <source>Apply choices</source>
        <translation>Apply choices</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="172"/>
        <source>No merge conflicts are waiting.</source>
        <translation>No merge conflicts are waiting.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="182"/>
        <source>[ours]</source>
        <translation>[ours]</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="183"/>
        <source>[package]</source>
        <translation>[package]</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="184"/>
        <source>[open]</source>
        <translation>[open]</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="200"/>
        <source>(deleted in this ledger)</source>
        <translation>(deleted in this ledger)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="201"/>
        <source>(deleted in the package)</source>
        <translation>(deleted in the package)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="216"/>
        <source>{kind} from {unit}&apos;s package {name}, found {at}.</source>
        <translation>{kind} from {unit}&apos;s package {name}, found {at}.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="224"/>
        <source>Taking the package&apos;s version also brings back {count} records below it.</source>
        <translation>Taking the package&apos;s version also brings back {count} records below it.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="250"/>
        <source>{chosen} of {total} decided.</source>
        <translation>{chosen} of {total} decided.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="261"/>
        <source>Resolve {count} merge conflicts</source>
        <translation>Resolve {count} merge conflicts</translation>
    </message>
</context>
<context>
    <name>MissingScheduleNotice</name>
    <message>
        <location filename="../govledger/ui/schedule_notice.py" line="32"/>
        <source>Enter the holidays…</source>
        <translation>Enter the holidays…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/schedule_notice.py" line="52"/>
        <source>The {year} holidays have not been entered: working days are counted Monday to Friday.</source>
        <translation>The {year} holidays have not been entered: working days are counted Monday to Friday.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../govledger/ui/new_plan_dialog.py" line="26"/>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/new_plan_dialog.py" line="36"/>
        <source>e.g. 江建管〔2022〕39号</source>
        <translation>e.g. 江建管〔2022〕39号</translation>
    </message>
    <message>
        <location filename="../govledger/ui/new_plan_dialog.py" line="43"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../govledger/ui/new_plan_dialog.py" line="44"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../govledger/ui/new_plan_dialog.py" line="45"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../govledger/ui/new_plan_dialog.py" line="46"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../govledger/ui/new_plan_dialog.py" line="50"/>
        <source>Create plan</source>
        <translation>Create plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/new_plan_dialog.py" line="69"/>
        <source>New plan “{title}”</source>
        <translation>New plan “{title}”</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="110"/>
        <source>Which plans?</source>
        <translation>Which plans?</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="113"/>
        <source>Last year&apos;s plan is reviewed; what is carried over goes into this year&apos;s plan.</source>
        <translation>Last year&apos;s plan is reviewed; what is carried over goes into this year&apos;s plan.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="122"/>
        <source>Last year&apos;s plan</source>
        <translation>Last year&apos;s plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="123"/>
        <source>This year&apos;s plan</source>
        <translation>This year&apos;s plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="135"/>
        <source>Choose two different plans.</source>
        <translation>Choose two different plans.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="139"/>
        <source>{count} requirements of last year&apos;s plan are still open.</source>
        <translation>{count} requirements of last year&apos;s plan are still open.</translation>
    </message>
</context>
<context>
    <name>ProgressLog</name>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="130"/>
        <source>Reporting unit</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="132"/>
        <source>What was done, e.g. published on the portal…</source>
        <translation>What was done, e.g. published on the portal…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="134"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="137"/>
        <location filename="../govledger/ui/progress_log.py" line="203"/>
        <source>Delete note</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="141"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="143"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="182"/>
        <source>Add progress note</source>
        <translation>Add progress note</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="203"/>
        <source>Delete the selected progress note?</source>
        <translation>Delete the selected progress note?</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="213"/>
        <source>Delete progress note</source>
        <translation>Delete progress note</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="58"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="58"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="58"/>
        <source>Work carried out</source>
        <translation>Work carried out</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="101"/>
        <source>Edit progress note</source>
        <translation>Edit progress note</translation>
    </message>
</context>
<context>
    <name>ProseEditor</name>
    <message>
        <location filename="../govledger/ui/report_prose.py" line="49"/>
        <source>Use the ledger&apos;s draft</source>
        <translation>Use the ledger&apos;s draft</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_prose.py" line="54"/>
        <source>One paragraph per line. A line starting with （一） or 1. prints as a heading up to its first 。; text in 〔…〕 is highlighted for filling in.</source>
        <translation>One paragraph per line. A line starting with （一） or 1. prints as a heading up to its first 。; text in 〔…〕 is highlighted for filling in.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_prose.py" line="74"/>
        <source>Opening paragraph</source>
        <translation>Opening paragraph</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_prose.py" line="99"/>
        <source>{title} (draft)</source>
        <translation>{title} (draft)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_prose.py" line="119"/>
        <source>Drafted from the ledger; your first edit is saved as the report&apos;s text.</source>
        <translation>Drafted from the ledger; your first edit is saved as the report&apos;s text.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_prose.py" line="121"/>
        <source>Saved text (edited).</source>
        <translation>Saved text (edited).</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_prose.py" line="135"/>
        <source>Edit report text “{part}”</source>
        <translation>Edit report text “{part}”</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_prose.py" line="145"/>
        <source>Use the ledger&apos;s draft for “{part}”</source>
        <translation>Use the ledger&apos;s draft for “{part}”</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../govledger/ui/reminder_panel.py" line="32"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_panel.py" line="33"/>
        <source>Reminder sheets…</source>
        <translation>Reminder sheets…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_panel.py" line="36"/>
        <source>Hide until tomorrow</source>
        <translation>Hide until tomorrow</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_panel.py" line="58"/>
        <source>No deadline is overdue or due soon.</source>
        <translation>No deadline is overdue or due soon.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_panel.py" line="62"/>
        <source>Today {date}: {overdue} deadlines overdue, {soon} due soon, across {units} units.</source>
        <translation>Today {date}: {overdue} deadlines overdue, {soon} due soon, across {units} units.</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="161"/>
        <source>Save reminder sheet</source>
        <translation>Save reminder sheet</translation>
    </message>
</context>
<context>
    <name>ReminderSummaryDialog</name>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="58"/>
        <source>Deadline reminders</source>
        <translation>Deadline reminders</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="65"/>
        <source>{overdue} overdue and {soon} due soon on {date}</source>
        <translation>{overdue} overdue and {soon} due soon on {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="75"/>
        <source>Unit / requirement</source>
        <translation>Unit / requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="76"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="77"/>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="78"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="79"/>
        <source>Working days left</source>
        <translation>Working days left</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="86"/>
        <source>Show this summary when govledger starts</source>
        <translation>Show this summary when govledger starts</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="90"/>
        <source>Reminder sheet for the selected unit…</source>
        <translation>Reminder sheet for the selected unit…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="92"/>
        <source>Reminder sheets for all units…</source>
        <translation>Reminder sheets for all units…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="108"/>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="108"/>
        <source>cooperating</source>
        <translation>cooperating</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="113"/>
        <source>(no unit named)</source>
        <translation>(no unit named)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="131"/>
        <source>{days} overdue</source>
        <translation>{days} overdue</translation>
    </message>
</context>
<context>
    <name>ReplyDeadlines</name>
    <message>
        <location filename="../govledger/ui/reply_deadlines.py" line="26"/>
        <source>Reply {number} {content}</source>
        <translation>Reply {number} {content}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reply_deadlines.py" line="33"/>
        <source>Reply due {date}</source>
        <translation>Reply due {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reply_deadlines.py" line="37"/>
        <source>Reply due {date} (extended)</source>
        <translation>Reply due {date} (extended)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reply_deadlines.py" line="41"/>
        <source>Information request {number} ({kind})</source>
        <translation>Information request {number} ({kind})</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reply_deadlines.py" line="48"/>
        <source>Replied on {date}</source>
        <translation>Replied on {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reply_deadlines.py" line="51"/>
        <source>Step: {step}</source>
        <translation>Step: {step}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reply_deadlines.py" line="69"/>
        <source>Replies to information requests ({count})</source>
        <translation>Replies to information requests ({count})</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="71"/>
        <source>Yearly disclosure report (政府信息公开工作年度报告)</source>
        <translation>Yearly disclosure report (政府信息公开工作年度报告)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="75"/>
        <source>organisation, as in the title</source>
        <translation>organisation, as in the title</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="77"/>
        <source>Export &amp;Word…</source>
        <translation>Export &amp;Word…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="78"/>
        <source>Export E&amp;xcel…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="95"/>
        <source>Text (一, 五, 六)</source>
        <translation>Text (一, 五, 六)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="104"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="107"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="114"/>
        <source>Cross-checks</source>
        <translation>Cross-checks</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="161"/>
        <source>The register counts {count}; adjusted by {delta:+d} because: {reason}</source>
        <translation>The register counts {count}; adjusted by {delta:+d} because: {reason}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="164"/>
        <source>The register counts {count}; adjusted by {delta:+d}</source>
        <translation>The register counts {count}; adjusted by {delta:+d}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="177"/>
        <source>Table 2 · proactive disclosure</source>
        <translation>Table 2 · proactive disclosure</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="178"/>
        <source>Table 3 · requests</source>
        <translation>Table 3 · requests</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="179"/>
        <source>Table 4 · review and litigation</source>
        <translation>Table 4 · review and litigation</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="196"/>
        <source>“{part}” still has 〔…〕 to fill in</source>
        <translation>“{part}” still has 〔…〕 to fill in</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="199"/>
        <source>✓ Every cross-check of the tables holds.</source>
        <translation>✓ Every cross-check of the tables holds.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="230"/>
        <source>A whole number (a count) is needed here, not “{text}”.</source>
        <translation>A whole number (a count) is needed here, not “{text}”.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="236"/>
        <source>Adjust table 3</source>
        <translation>Adjust table 3</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="241"/>
        <source>Enter a report figure</source>
        <translation>Enter a report figure</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="253"/>
        <source>Reason for the adjustment…</source>
        <translation>Reason for the adjustment…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="256"/>
        <location filename="../govledger/ui/report_editor.py" line="281"/>
        <source>Use the register&apos;s count</source>
        <translation>Use the register&apos;s count</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="269"/>
        <source>Reason for the adjustment</source>
        <translation>Reason for the adjustment</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="269"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="274"/>
        <source>Reason for an adjustment</source>
        <translation>Reason for an adjustment</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="292"/>
        <source>Edit the report&apos;s organisation</source>
        <translation>Edit the report&apos;s organisation</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="298"/>
        <source>{year} government information disclosure report</source>
        <translation>{year} government information disclosure report</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="300"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="320"/>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <location filename="../govledger/ui/report_menu.py" line="32"/>
        <source>&amp;Annual report</source>
        <translation>&amp;Annual report</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_menu.py" line="40"/>
        <source>&amp;Requests register (依申请公开)…</source>
        <translation>&amp;Requests register (依申请公开)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_menu.py" line="42"/>
        <source>Annual re&amp;port…</source>
        <translation>Annual re&amp;port…</translation>
    </message>
</context>
<context>
    <name>RequirementForm</name>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="64"/>
        <source>e.g. 10月底前, 全年, 每季度</source>
        <translation>e.g. 10月底前, 全年, 每季度</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="71"/>
        <source>No due date</source>
        <translation>No due date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="93"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="94"/>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="95"/>
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="96"/>
        <source>Lead units</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="97"/>
        <source>Cooperating</source>
        <translation>Cooperating</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="98"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="100"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="101"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="102"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="111"/>
        <source>Change lead units</source>
        <translation>Change lead units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="114"/>
        <source>Change cooperating units</source>
        <translation>Change cooperating units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="171"/>
        <source>Save typed changes</source>
        <translation>Save typed changes</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="212"/>
        <source>No time limit written.</source>
        <translation>No time limit written.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="217"/>
        <source>due {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="221"/>
        <source>counted from an event</source>
        <translation>counted from an event</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="226"/>
        <source>Not understood as a date; pick the due date below.</source>
        <translation>Not understood as a date; pick the due date below.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="245"/>
        <source>Edit number</source>
        <translation>Edit number</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="250"/>
        <source>Edit requirement text</source>
        <translation>Edit requirement text</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="260"/>
        <source>Change time limit</source>
        <translation>Change time limit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="268"/>
        <source>Change due date</source>
        <translation>Change due date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="277"/>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="297"/>
        <source>Change progress</source>
        <translation>Change progress</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="38"/>
        <source>Daily, on start</source>
        <translation>Daily, on start</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="39"/>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="40"/>
        <source>Before a merge</source>
        <translation>Before a merge</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="41"/>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="42"/>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="45"/>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="53"/>
        <source>Backups and restore</source>
        <translation>Backups and restore</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="59"/>
        <source>Backups are made every day on start and before every import and merge, and kept: all of the last day, one a day for a week, one a week for two months, one a month for two years. Restoring first backs up the ledger as it is now.</source>
        <translation>Backups are made every day on start and before every import and merge, and kept: all of the last day, one a day for a week, one a week for two months, one a month for two years. Restoring first backs up the ledger as it is now.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="70"/>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="71"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="72"/>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="73"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="74"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="86"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="87"/>
        <source>Restore the selected backup…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="109"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="109"/>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="152"/>
        <source>Replace the whole ledger with the backup of {time} ({plans} plans, {tasks} tasks)? The ledger as it is now is backed up first, and edits cannot be undone across a restore.</source>
        <translation>Replace the whole ledger with the backup of {time} ({plans} plans, {tasks} tasks)? The ledger as it is now is backed up first, and edits cannot be undone across a restore.</translation>
    </message>
</context>
<context>
    <name>Rollover</name>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="44"/>
        <source>Carry over</source>
        <translation>Carry over</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="45"/>
        <source>Close (give a reason)</source>
        <translation>Close (give a reason)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="46"/>
        <source>Not applicable (reason)</source>
        <translation>Not applicable (reason)</translation>
    </message>
</context>
<context>
    <name>RolloverWizard</name>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="63"/>
        <source>Review last year&apos;s plan (回头看)</source>
        <translation>Review last year&apos;s plan (回头看)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="94"/>
        <source>Review of last year&apos;s plan</source>
        <translation>Review of last year&apos;s plan</translation>
    </message>
</context>
<context>
    <name>SafetyNotices</name>
    <message>
        <location filename="../govledger/ui/ledger_safety.py" line="29"/>
        <source>Read-only: the ledger is open for changes in another window or on another computer</source>
        <translation>Read-only: the ledger is open for changes in another window or on another computer</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_safety.py" line="37"/>
        <source>Network folder: safe journal mode in use</source>
        <translation>Network folder: safe journal mode in use</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_safety.py" line="42"/>
        <source>Recovered from backup {backup}; the damaged file is kept as {aside}</source>
        <translation>Recovered from backup {backup}; the damaged file is kept as {aside}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="30"/>
        <source>e.g. 江门市人力资源和社会保障局</source>
        <translation>e.g. 江门市人力资源和社会保障局</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="35"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="37"/>
        <source>Default: the user data folder</source>
        <translation>Default: the user data folder</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="38"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="51"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="57"/>
        <source>Language and data folder changes apply after a restart.</source>
        <translation>Language and data folder changes apply after a restart.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="61"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="62"/>
        <source>Warn before due</source>
        <translation>Warn before due</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="63"/>
        <location filename="../govledger/ui/settings_dialog.py" line="76"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="64"/>
        <source>My unit</source>
        <translation>My unit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/settings_dialog.py" line="65"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="274"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="276"/>
        <source>Apply makes all these changes in one step; Undo takes them back.</source>
        <translation>Apply makes all these changes in one step; Undo takes them back.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="279"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>TaskCells</name>
    <message>
        <location filename="../govledger/ui/task_cells.py" line="132"/>
        <source>Responsible: {units}</source>
        <translation>Responsible: {units}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_cells.py" line="140"/>
        <source>Overdue by {days} days</source>
        <translation>Overdue by {days} days</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_cells.py" line="144"/>
        <source>Due in {days} days</source>
        <translation>Due in {days} days</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_cells.py" line="161"/>
        <source>{count} overdue</source>
        <translation>{count} overdue</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_cells.py" line="166"/>
        <source>All done</source>
        <translation>All done</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_cells.py" line="168"/>
        <source>{text}
{done} of {total} requirements done</source>
        <translation>{text}
{done} of {total} requirements done</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_cells.py" line="125"/>
        <source>Marked done, but no evidence is attached</source>
        <translation>Marked done, but no evidence is attached</translation>
    </message>
</context>
<context>
    <name>TaskDragDrop</name>
    <message>
        <location filename="../govledger/ui/drag_drop.py" line="81"/>
        <source>Move task</source>
        <translation>Move task</translation>
    </message>
</context>
<context>
    <name>TaskOperations</name>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="57"/>
        <source>Add requirement</source>
        <translation>Add requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="58"/>
        <source>New requirement</source>
        <translation>New requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="79"/>
        <source>Add heading</source>
        <translation>Add heading</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="79"/>
        <source>New heading</source>
        <translation>New heading</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="105"/>
        <source>Delete “{title}” with its sub-tasks, progress notes and evidence records?</source>
        <translation>Delete “{title}” with its sub-tasks, progress notes and evidence records?</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="109"/>
        <source>Delete {count} tasks with their sub-tasks, progress notes and evidence records?</source>
        <translation>Delete {count} tasks with their sub-tasks, progress notes and evidence records?</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="112"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="115"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="130"/>
        <source>Delete task</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="130"/>
        <source>Delete tasks</source>
        <translation>Delete tasks</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="158"/>
        <source>Indent</source>
        <translation>Indent</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="168"/>
        <source>Outdent</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="175"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="181"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../govledger/ui/task_tree_model.py" line="366"/>
        <source>Edit number</source>
        <translation>Edit number</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_tree_model.py" line="366"/>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
</context>
<context>
    <name>TypedDateEdit</name>
    <message>
        <location filename="../govledger/ui/typed_date_edit.py" line="66"/>
        <source>Understood as {date}</source>
        <translation>Understood as {date}</translation>
    </message>
</context>
<context>
    <name>UnitDirectoryDialog</name>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="97"/>
        <source>Unit directory</source>
        <translation>Unit directory</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="110"/>
        <source>Double-click a name to rename it everywhere. To merge units that are the same office, select them, choose the name to keep and press Merge.</source>
        <translation>Double-click a name to rename it everywhere. To merge units that are the same office, select them, choose the name to keep and press Merge.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="119"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="122"/>
        <source>Merge selected into</source>
        <translation>Merge selected into</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="167"/>
        <source>Merge units into “{name}”</source>
        <translation>Merge units into “{name}”</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../govledger/ui/unit_picker.py" line="38"/>
        <source>Type or pick units, separated by 、</source>
        <translation>Type or pick units, separated by 、</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_picker.py" line="41"/>
        <source>Pick from the unit directory</source>
        <translation>Pick from the unit directory</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_picker.py" line="86"/>
        <source>(the unit directory is empty)</source>
        <translation>(the unit directory is empty)</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="62"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="62"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="87"/>
        <source>Rename unit “{old}” to “{new}”</source>
        <translation>Rename unit “{old}” to “{new}”</translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <location filename="../govledger/ui/unsaved_edits.py" line="34"/>
        <source>Unsaved progress note</source>
        <translation>Unsaved progress note</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unsaved_edits.py" line="35"/>
        <source>A progress note was typed but not added:

{note}

Add it now?</source>
        <translation>A progress note was typed but not added:

{note}

Add it now?</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="55"/>
        <source>Welcome to govledger</source>
        <translation>No warnings: the plan was read without doubts.&lt;/source&gt;
        &lt;translation&gt;No warnings: the plan was read without doubts.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;323&quot;/&gt;
        &lt;source&gt;{requirements} requirements · {warnings} warnings to review&lt;/source&gt;
        &lt;translation&gt;{requirements} requirements · {warnings} warnings to review&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/import_dialog.py&quot; line=&quot;347&quot;/&gt;
        &lt;source&gt;Import plan “{title}”&lt;/source&gt;
        &lt;translation&gt;Import plan “{title}”&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Labels&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;26&quot;/&gt;
        &lt;source&gt;No.&lt;/source&gt;
        &lt;translation&gt;No.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;27&quot;/&gt;
        &lt;source&gt;Task / requirement&lt;/source&gt;
        &lt;translation&gt;Task / requirement&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;28&quot;/&gt;
        &lt;source&gt;Lead units&lt;/source&gt;
        &lt;translation&gt;Lead units&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;29&quot;/&gt;
        &lt;source&gt;Cooperating&lt;/source&gt;
        &lt;translation&gt;Cooperating&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;30&quot;/&gt;
        &lt;source&gt;Time limit&lt;/source&gt;
        &lt;translation&gt;Time limit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;31&quot;/&gt;
        &lt;source&gt;Due date&lt;/source&gt;
        &lt;translation&gt;Due date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;32&quot;/&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;33&quot;/&gt;
        &lt;source&gt;Progress&lt;/source&gt;
        &lt;translation&gt;Progress&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;34&quot;/&gt;
        &lt;source&gt;Evidence&lt;/source&gt;
        &lt;translation&gt;Evidence&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;40&quot;/&gt;
        &lt;source&gt;Not started&lt;/source&gt;
        &lt;translation&gt;Not started&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;41&quot;/&gt;
        &lt;source&gt;In progress&lt;/source&gt;
        &lt;translation&gt;In progress&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;42&quot;/&gt;
        &lt;source&gt;Done&lt;/source&gt;
        &lt;translation&gt;Done&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;43&quot;/&gt;
        &lt;source&gt;Overdue&lt;/source&gt;
        &lt;translation&gt;Overdue&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;44&quot;/&gt;
        &lt;source&gt;N/A&lt;/source&gt;
        &lt;translation&gt;N/A&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;50&quot;/&gt;
        &lt;source&gt;Lead or cooperating&lt;/source&gt;
        &lt;translation&gt;Lead or cooperating&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;51&quot;/&gt;
        &lt;source&gt;Lead only&lt;/source&gt;
        &lt;translation&gt;Lead only&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;52&quot;/&gt;
        &lt;source&gt;Cooperating only&lt;/source&gt;
        &lt;translation&gt;Cooperating only&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;58&quot;/&gt;
        &lt;source&gt;all year / ongoing&lt;/source&gt;
        &lt;translation&gt;all year / ongoing&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;59&quot;/&gt;
        &lt;source&gt;every year&lt;/source&gt;
        &lt;translation&gt;every year&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;60&quot;/&gt;
        &lt;source&gt;every quarter&lt;/source&gt;
        &lt;translation&gt;every quarter&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/labels.py&quot; line=&quot;61&quot;/&gt;
        &lt;source&gt;every month&lt;/source&gt;
        &lt;translation&gt;every month&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;LedgerOpening&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/ledger_opening.py&quot; line=&quot;96&quot;/&gt;
        &lt;source&gt;This ledger is in use on {host} ({user}) since {since}.

Only one computer may change it at a time. You can open it read-only to look at it and print from it.&lt;/source&gt;
        &lt;translation&gt;This ledger is in use on {host} ({user}) since {since}.

Only one computer may change it at a time. You can open it read-only to look at it and print from it.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/ledger_opening.py&quot; line=&quot;104&quot;/&gt;
        &lt;location filename=&quot;../govledger/ui/ledger_opening.py&quot; line=&quot;126&quot;/&gt;
        &lt;source&gt;Open read-only&lt;/source&gt;
        &lt;translation&gt;Open read-only&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/ledger_opening.py&quot; line=&quot;114&quot;/&gt;
        &lt;source&gt;The ledger was not closed properly on {host} ({user}) — perhaps after a power cut or a crash — and that program is no longer running.

Take the ledger over on this computer? Every saved edit is kept.&lt;/source&gt;
        &lt;translation&gt;The ledger was not closed properly on {host} ({user}) — perhaps after a power cut or a crash — and that program is no longer running.

Take the ledger over on this computer? Every saved edit is kept.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/ledger_opening.py&quot; line=&quot;122&quot;/&gt;
        &lt;source&gt;Take over&lt;/source&gt;
        &lt;translation&gt;Take over&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/ledger_opening.py&quot; line=&quot;141&quot;/&gt;
        &lt;source&gt;No good backup was found to recover from.&lt;/source&gt;
        &lt;translation&gt;No good backup was found to recover from.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/ledger_opening.py&quot; line=&quot;146&quot;/&gt;
        &lt;source&gt;{error}

The damaged file will be kept aside (never overwritten) and the ledger rebuilt from the latest good backup of {time}: {plans} plans, {tasks} tasks.

Recover now?&lt;/source&gt;
        &lt;translation&gt;{error}

The damaged file will be kept aside (never overwritten) and the ledger rebuilt from the latest good backup of {time}: {plans} plans, {tasks} tasks.

Recover now?&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;LinkDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_link_dialog.py&quot; line=&quot;30&quot;/&gt;
        &lt;source&gt;Add web link&lt;/source&gt;
        &lt;translation&gt;Add web link&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_link_dialog.py&quot; line=&quot;34&quot;/&gt;
        &lt;source&gt;e.g. the column page on the portal&lt;/source&gt;
        &lt;translation&gt;e.g. the column page on the portal&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_link_dialog.py&quot; line=&quot;39&quot;/&gt;
        &lt;source&gt;The address must start with http:// or https://&lt;/source&gt;
        &lt;translation&gt;The address must start with http:// or https://&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_link_dialog.py&quot; line=&quot;47&quot;/&gt;
        &lt;source&gt;Web address&lt;/source&gt;
        &lt;translation&gt;Web address&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_link_dialog.py&quot; line=&quot;48&quot;/&gt;
        &lt;source&gt;Title&lt;/source&gt;
        &lt;translation&gt;Title&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_link_dialog.py&quot; line=&quot;49&quot;/&gt;
        &lt;source&gt;Date captured&lt;/source&gt;
        &lt;translation&gt;Date captured&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/evidence_link_dialog.py&quot; line=&quot;50&quot;/&gt;
        &lt;source&gt;Description&lt;/source&gt;
        &lt;translation&gt;Description&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;MainWindow&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/main_window.py&quot; line=&quot;65&quot;/&gt;
        &lt;source&gt;Plan&lt;/source&gt;
        &lt;translation&gt;Plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/main_window.py&quot; line=&quot;112&quot;/&gt;
        &lt;source&gt;Ledger: {path}&lt;/source&gt;
        &lt;translation&gt;Ledger: {path}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/main_window.py&quot; line=&quot;130&quot;/&gt;
        &lt;source&gt;{year} · {title}&lt;/source&gt;
        &lt;translation&gt;{year} · {title}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/main_window.py&quot; line=&quot;136&quot;/&gt;
        &lt;source&gt;(no plan yet — import one)&lt;/source&gt;
        &lt;translation&gt;(no plan yet — import one)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/main_window.py&quot; line=&quot;174&quot;/&gt;
        &lt;source&gt;Government disclosure work-plan ledger&lt;/source&gt;
        &lt;translation&gt;Government disclosure work-plan ledger&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/main_window.py&quot; line=&quot;211&quot;/&gt;
        &lt;source&gt;govledger&lt;/source&gt;
        &lt;translation&gt;govledger&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/main_window.py&quot; line=&quot;229&quot;/&gt;
        &lt;source&gt;Indexing the plan…&lt;/source&gt;
        &lt;translation&gt;Indexing the plan…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/main_window.py&quot; line=&quot;237&quot;/&gt;
        &lt;source&gt;{total} requirements · {done} done · {progress} in progress · {overdue} overdue · {soon} due soon&lt;/source&gt;
        &lt;translation&gt;{total} requirements · {done} done · {progress} in progress · {overdue} overdue · {soon} due soon&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/main_window.py&quot; line=&quot;306&quot;/&gt;
        &lt;source&gt;Filters apply once the plan is indexed…&lt;/source&gt;
        &lt;translation&gt;Filters apply once the plan is indexed…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/main_window.py&quot; line=&quot;310&quot;/&gt;
        &lt;source&gt;{count} requirements match&lt;/source&gt;
        &lt;translation&gt;{count} requirements match&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/main_window.py&quot; line=&quot;177&quot;/&gt;
        &lt;source&gt;(read-only)&lt;/source&gt;
        &lt;translation&gt;(read-only)&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;MergeConflictDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;104&quot;/&gt;
        &lt;source&gt;Merge conflicts&lt;/source&gt;
        &lt;translation&gt;Merge conflicts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;112&quot;/&gt;
        &lt;source&gt;Field&lt;/source&gt;
        &lt;translation&gt;Field&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;112&quot;/&gt;
        &lt;source&gt;This ledger&lt;/source&gt;
        &lt;translation&gt;This ledger&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;112&quot;/&gt;
        &lt;source&gt;Package&lt;/source&gt;
        &lt;translation&gt;Package&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;121&quot;/&gt;
        &lt;source&gt;Keep this ledger&amp;apos;s version&lt;/source&gt;
        &lt;translation&gt;Keep this ledger&amp;apos;s version&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;122&quot;/&gt;
        &lt;source&gt;Take the package&amp;apos;s version&lt;/source&gt;
        &lt;translation&gt;Take the package&amp;apos;s version&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;146&quot;/&gt;
        &lt;source&gt;Apply choices&lt;/source&gt;
        &lt;translation&gt;Apply choices&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;172&quot;/&gt;
        &lt;source&gt;No merge conflicts are waiting.&lt;/source&gt;
        &lt;translation&gt;No merge conflicts are waiting.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;182&quot;/&gt;
        &lt;source&gt;[ours]&lt;/source&gt;
        &lt;translation&gt;[ours]&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;183&quot;/&gt;
        &lt;source&gt;[package]&lt;/source&gt;
        &lt;translation&gt;[package]&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;184&quot;/&gt;
        &lt;source&gt;[open]&lt;/source&gt;
        &lt;translation&gt;[open]&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;200&quot;/&gt;
        &lt;source&gt;(deleted in this ledger)&lt;/source&gt;
        &lt;translation&gt;(deleted in this ledger)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;201&quot;/&gt;
        &lt;source&gt;(deleted in the package)&lt;/source&gt;
        &lt;translation&gt;(deleted in the package)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;216&quot;/&gt;
        &lt;source&gt;{kind} from {unit}&amp;apos;s package {name}, found {at}.&lt;/source&gt;
        &lt;translation&gt;{kind} from {unit}&amp;apos;s package {name}, found {at}.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;224&quot;/&gt;
        &lt;source&gt;Taking the package&amp;apos;s version also brings back {count} records below it.&lt;/source&gt;
        &lt;translation&gt;Taking the package&amp;apos;s version also brings back {count} records below it.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;250&quot;/&gt;
        &lt;source&gt;{chosen} of {total} decided.&lt;/source&gt;
        &lt;translation&gt;{chosen} of {total} decided.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/conflict_dialog.py&quot; line=&quot;261&quot;/&gt;
        &lt;source&gt;Resolve {count} merge conflicts&lt;/source&gt;
        &lt;translation&gt;Resolve {count} merge conflicts&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;MissingScheduleNotice&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/schedule_notice.py&quot; line=&quot;32&quot;/&gt;
        &lt;source&gt;Enter the holidays…&lt;/source&gt;
        &lt;translation&gt;Enter the holidays…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/schedule_notice.py&quot; line=&quot;52&quot;/&gt;
        &lt;source&gt;The {year} holidays have not been entered: working days are counted Monday to Friday.&lt;/source&gt;
        &lt;translation&gt;The {year} holidays have not been entered: working days are counted Monday to Friday.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;NewPlanDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/new_plan_dialog.py&quot; line=&quot;26&quot;/&gt;
        &lt;source&gt;New plan&lt;/source&gt;
        &lt;translation&gt;New plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/new_plan_dialog.py&quot; line=&quot;36&quot;/&gt;
        &lt;source&gt;e.g. 江建管〔2022〕39号&lt;/source&gt;
        &lt;translation&gt;e.g. 江建管〔2022〕39号&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/new_plan_dialog.py&quot; line=&quot;43&quot;/&gt;
        &lt;source&gt;Year&lt;/source&gt;
        &lt;translation&gt;Year&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/new_plan_dialog.py&quot; line=&quot;44&quot;/&gt;
        &lt;source&gt;Organization&lt;/source&gt;
        &lt;translation&gt;Organization&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/new_plan_dialog.py&quot; line=&quot;45&quot;/&gt;
        &lt;source&gt;Title&lt;/source&gt;
        &lt;translation&gt;Title&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/new_plan_dialog.py&quot; line=&quot;46&quot;/&gt;
        &lt;source&gt;Document number&lt;/source&gt;
        &lt;translation&gt;Document number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/new_plan_dialog.py&quot; line=&quot;50&quot;/&gt;
        &lt;source&gt;Create plan&lt;/source&gt;
        &lt;translation&gt;Create plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/new_plan_dialog.py&quot; line=&quot;69&quot;/&gt;
        &lt;source&gt;New plan “{title}”&lt;/source&gt;
        &lt;translation&gt;New plan “{title}”&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;PlansPage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;110&quot;/&gt;
        &lt;source&gt;Which plans?&lt;/source&gt;
        &lt;translation&gt;Which plans?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;113&quot;/&gt;
        &lt;source&gt;Last year&amp;apos;s plan is reviewed; what is carried over goes into this year&amp;apos;s plan.&lt;/source&gt;
        &lt;translation&gt;Last year&amp;apos;s plan is reviewed; what is carried over goes into this year&amp;apos;s plan.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;122&quot;/&gt;
        &lt;source&gt;Last year&amp;apos;s plan&lt;/source&gt;
        &lt;translation&gt;Last year&amp;apos;s plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;123&quot;/&gt;
        &lt;source&gt;This year&amp;apos;s plan&lt;/source&gt;
        &lt;translation&gt;This year&amp;apos;s plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;135&quot;/&gt;
        &lt;source&gt;Choose two different plans.&lt;/source&gt;
        &lt;translation&gt;Choose two different plans.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;139&quot;/&gt;
        &lt;source&gt;{count} requirements of last year&amp;apos;s plan are still open.&lt;/source&gt;
        &lt;translation&gt;{count} requirements of last year&amp;apos;s plan are still open.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ProgressLog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/progress_log.py&quot; line=&quot;130&quot;/&gt;
        &lt;source&gt;Reporting unit&lt;/source&gt;
        &lt;translation&gt;Reporting unit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/progress_log.py&quot; line=&quot;132&quot;/&gt;
        &lt;source&gt;What was done, e.g. published on the portal…&lt;/source&gt;
        &lt;translation&gt;What was done, e.g. published on the portal…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/progress_log.py&quot; line=&quot;134&quot;/&gt;
        &lt;source&gt;Add note&lt;/source&gt;
        &lt;translation&gt;Add note&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/progress_log.py&quot; line=&quot;137&quot;/&gt;
        &lt;location filename=&quot;../govledger/ui/progress_log.py&quot; line=&quot;203&quot;/&gt;
        &lt;source&gt;Delete note&lt;/source&gt;
        &lt;translation&gt;Delete note&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/progress_log.py&quot; line=&quot;141&quot;/&gt;
        &lt;source&gt;Date&lt;/source&gt;
        &lt;translation&gt;Date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/progress_log.py&quot; line=&quot;143&quot;/&gt;
        &lt;source&gt;Unit&lt;/source&gt;
        &lt;translation&gt;Unit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/progress_log.py&quot; line=&quot;182&quot;/&gt;
        &lt;source&gt;Add progress note&lt;/source&gt;
        &lt;translation&gt;Add progress note&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/progress_log.py&quot; line=&quot;203&quot;/&gt;
        &lt;source&gt;Delete the selected progress note?&lt;/source&gt;
        &lt;translation&gt;Delete the selected progress note?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/progress_log.py&quot; line=&quot;213&quot;/&gt;
        &lt;source&gt;Delete progress note&lt;/source&gt;
        &lt;translation&gt;Delete progress note&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ProgressTableModel&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/progress_log.py&quot; line=&quot;58&quot;/&gt;
        &lt;source&gt;Date&lt;/source&gt;
        &lt;translation&gt;Date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/progress_log.py&quot; line=&quot;58&quot;/&gt;
        &lt;source&gt;Unit&lt;/source&gt;
        &lt;translation&gt;Unit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/progress_log.py&quot; line=&quot;58&quot;/&gt;
        &lt;source&gt;Work carried out&lt;/source&gt;
        &lt;translation&gt;Work carried out&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/progress_log.py&quot; line=&quot;101&quot;/&gt;
        &lt;source&gt;Edit progress note&lt;/source&gt;
        &lt;translation&gt;Edit progress note&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ProseEditor&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_prose.py&quot; line=&quot;49&quot;/&gt;
        &lt;source&gt;Use the ledger&amp;apos;s draft&lt;/source&gt;
        &lt;translation&gt;Use the ledger&amp;apos;s draft&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_prose.py&quot; line=&quot;54&quot;/&gt;
        &lt;source&gt;One paragraph per line. A line starting with （一） or 1. prints as a heading up to its first 。; text in 〔…〕 is highlighted for filling in.&lt;/source&gt;
        &lt;translation&gt;One paragraph per line. A line starting with （一） or 1. prints as a heading up to its first 。; text in 〔…〕 is highlighted for filling in.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_prose.py&quot; line=&quot;74&quot;/&gt;
        &lt;source&gt;Opening paragraph&lt;/source&gt;
        &lt;translation&gt;Opening paragraph&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_prose.py&quot; line=&quot;99&quot;/&gt;
        &lt;source&gt;{title} (draft)&lt;/source&gt;
        &lt;translation&gt;{title} (draft)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_prose.py&quot; line=&quot;119&quot;/&gt;
        &lt;source&gt;Drafted from the ledger; your first edit is saved as the report&amp;apos;s text.&lt;/source&gt;
        &lt;translation&gt;Drafted from the ledger; your first edit is saved as the report&amp;apos;s text.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_prose.py&quot; line=&quot;121&quot;/&gt;
        &lt;source&gt;Saved text (edited).&lt;/source&gt;
        &lt;translation&gt;Saved text (edited).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_prose.py&quot; line=&quot;135&quot;/&gt;
        &lt;source&gt;Edit report text “{part}”&lt;/source&gt;
        &lt;translation&gt;Edit report text “{part}”&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_prose.py&quot; line=&quot;145&quot;/&gt;
        &lt;source&gt;Use the ledger&amp;apos;s draft for “{part}”&lt;/source&gt;
        &lt;translation&gt;Use the ledger&amp;apos;s draft for “{part}”&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ReminderBanner&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_panel.py&quot; line=&quot;32&quot;/&gt;
        &lt;source&gt;Show&lt;/source&gt;
        &lt;translation&gt;Show&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_panel.py&quot; line=&quot;33&quot;/&gt;
        &lt;source&gt;Reminder sheets…&lt;/source&gt;
        &lt;translation&gt;Reminder sheets…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_panel.py&quot; line=&quot;36&quot;/&gt;
        &lt;source&gt;Hide until tomorrow&lt;/source&gt;
        &lt;translation&gt;Hide until tomorrow&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_panel.py&quot; line=&quot;58&quot;/&gt;
        &lt;source&gt;No deadline is overdue or due soon.&lt;/source&gt;
        &lt;translation&gt;No deadline is overdue or due soon.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_panel.py&quot; line=&quot;62&quot;/&gt;
        &lt;source&gt;Today {date}: {overdue} deadlines overdue, {soon} due soon, across {units} units.&lt;/source&gt;
        &lt;translation&gt;Today {date}: {overdue} deadlines overdue, {soon} due soon, across {units} units.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ReminderPanel&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_summary.py&quot; line=&quot;161&quot;/&gt;
        &lt;source&gt;Save reminder sheet&lt;/source&gt;
        &lt;translation&gt;Save reminder sheet&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ReminderSummaryDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_summary.py&quot; line=&quot;58&quot;/&gt;
        &lt;source&gt;Deadline reminders&lt;/source&gt;
        &lt;translation&gt;Deadline reminders&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_summary.py&quot; line=&quot;65&quot;/&gt;
        &lt;source&gt;{overdue} overdue and {soon} due soon on {date}&lt;/source&gt;
        &lt;translation&gt;{overdue} overdue and {soon} due soon on {date}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_summary.py&quot; line=&quot;75&quot;/&gt;
        &lt;source&gt;Unit / requirement&lt;/source&gt;
        &lt;translation&gt;Unit / requirement&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_summary.py&quot; line=&quot;76&quot;/&gt;
        &lt;source&gt;Overdue&lt;/source&gt;
        &lt;translation&gt;Overdue&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_summary.py&quot; line=&quot;77&quot;/&gt;
        &lt;source&gt;Due soon&lt;/source&gt;
        &lt;translation&gt;Due soon&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_summary.py&quot; line=&quot;78&quot;/&gt;
        &lt;source&gt;Due&lt;/source&gt;
        &lt;translation&gt;Due&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_summary.py&quot; line=&quot;79&quot;/&gt;
        &lt;source&gt;Working days left&lt;/source&gt;
        &lt;translation&gt;Working days left&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_summary.py&quot; line=&quot;86&quot;/&gt;
        &lt;source&gt;Show this summary when govledger starts&lt;/source&gt;
        &lt;translation&gt;Show this summary when govledger starts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_summary.py&quot; line=&quot;90&quot;/&gt;
        &lt;source&gt;Reminder sheet for the selected unit…&lt;/source&gt;
        &lt;translation&gt;Reminder sheet for the selected unit…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_summary.py&quot; line=&quot;92&quot;/&gt;
        &lt;source&gt;Reminder sheets for all units…&lt;/source&gt;
        &lt;translation&gt;Reminder sheets for all units…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_summary.py&quot; line=&quot;108&quot;/&gt;
        &lt;source&gt;lead&lt;/source&gt;
        &lt;translation&gt;lead&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_summary.py&quot; line=&quot;108&quot;/&gt;
        &lt;source&gt;cooperating&lt;/source&gt;
        &lt;translation&gt;cooperating&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_summary.py&quot; line=&quot;113&quot;/&gt;
        &lt;source&gt;(no unit named)&lt;/source&gt;
        &lt;translation&gt;(no unit named)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reminder_summary.py&quot; line=&quot;131&quot;/&gt;
        &lt;source&gt;{days} overdue&lt;/source&gt;
        &lt;translation&gt;{days} overdue&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ReplyDeadlines&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reply_deadlines.py&quot; line=&quot;26&quot;/&gt;
        &lt;source&gt;Reply {number} {content}&lt;/source&gt;
        &lt;translation&gt;Reply {number} {content}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reply_deadlines.py&quot; line=&quot;33&quot;/&gt;
        &lt;source&gt;Reply due {date}&lt;/source&gt;
        &lt;translation&gt;Reply due {date}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reply_deadlines.py&quot; line=&quot;37&quot;/&gt;
        &lt;source&gt;Reply due {date} (extended)&lt;/source&gt;
        &lt;translation&gt;Reply due {date} (extended)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reply_deadlines.py&quot; line=&quot;41&quot;/&gt;
        &lt;source&gt;Information request {number} ({kind})&lt;/source&gt;
        &lt;translation&gt;Information request {number} ({kind})&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reply_deadlines.py&quot; line=&quot;48&quot;/&gt;
        &lt;source&gt;Replied on {date}&lt;/source&gt;
        &lt;translation&gt;Replied on {date}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reply_deadlines.py&quot; line=&quot;51&quot;/&gt;
        &lt;source&gt;Step: {step}&lt;/source&gt;
        &lt;translation&gt;Step: {step}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/reply_deadlines.py&quot; line=&quot;69&quot;/&gt;
        &lt;source&gt;Replies to information requests ({count})&lt;/source&gt;
        &lt;translation&gt;Replies to information requests ({count})&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ReportEditor&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;71&quot;/&gt;
        &lt;source&gt;Yearly disclosure report (政府信息公开工作年度报告)&lt;/source&gt;
        &lt;translation&gt;Yearly disclosure report (政府信息公开工作年度报告)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;75&quot;/&gt;
        &lt;source&gt;organisation, as in the title&lt;/source&gt;
        &lt;translation&gt;organisation, as in the title&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;77&quot;/&gt;
        &lt;source&gt;Export &amp;Word…&lt;/source&gt;
        &lt;translation&gt;Export &amp;Word…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;78&quot;/&gt;
        &lt;source&gt;Export E&amp;xcel…&lt;/source&gt;
        &lt;translation&gt;Export E&amp;xcel…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;95&quot;/&gt;
        &lt;source&gt;Text (一, 五, 六)&lt;/source&gt;
        &lt;translation&gt;Text (一, 五, 六)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;104&quot;/&gt;
        &lt;source&gt;Year&lt;/source&gt;
        &lt;translation&gt;Year&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;107&quot;/&gt;
        &lt;source&gt;Organisation&lt;/source&gt;
        &lt;translation&gt;Organisation&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;114&quot;/&gt;
        &lt;source&gt;Cross-checks&lt;/source&gt;
        &lt;translation&gt;Cross-checks&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;161&quot;/&gt;
        &lt;source&gt;The register counts {count}; adjusted by {delta:+d} because: {reason}&lt;/source&gt;
        &lt;translation&gt;The register counts {count}; adjusted by {delta:+d} because: {reason}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;164&quot;/&gt;
        &lt;source&gt;The register counts {count}; adjusted by {delta:+d}&lt;/source&gt;
        &lt;translation&gt;The register counts {count}; adjusted by {delta:+d}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;177&quot;/&gt;
        &lt;source&gt;Table 2 · proactive disclosure&lt;/source&gt;
        &lt;translation&gt;Table 2 · proactive disclosure&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;178&quot;/&gt;
        &lt;source&gt;Table 3 · requests&lt;/source&gt;
        &lt;translation&gt;Table 3 · requests&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;179&quot;/&gt;
        &lt;source&gt;Table 4 · review and litigation&lt;/source&gt;
        &lt;translation&gt;Table 4 · review and litigation&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;196&quot;/&gt;
        &lt;source&gt;“{part}” still has 〔…〕 to fill in&lt;/source&gt;
        &lt;translation&gt;“{part}” still has 〔…〕 to fill in&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;199&quot;/&gt;
        &lt;source&gt;✓ Every cross-check of the tables holds.&lt;/source&gt;
        &lt;translation&gt;✓ Every cross-check of the tables holds.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;230&quot;/&gt;
        &lt;source&gt;A whole number (a count) is needed here, not “{text}”.&lt;/source&gt;
        &lt;translation&gt;A whole number (a count) is needed here, not “{text}”.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;236&quot;/&gt;
        &lt;source&gt;Adjust table 3&lt;/source&gt;
        &lt;translation&gt;Adjust table 3&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;241&quot;/&gt;
        &lt;source&gt;Enter a report figure&lt;/source&gt;
        &lt;translation&gt;Enter a report figure&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;253&quot;/&gt;
        &lt;source&gt;Reason for the adjustment…&lt;/source&gt;
        &lt;translation&gt;Reason for the adjustment…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;256&quot;/&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;281&quot;/&gt;
        &lt;source&gt;Use the register&amp;apos;s count&lt;/source&gt;
        &lt;translation&gt;Use the register&amp;apos;s count&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;269&quot;/&gt;
        &lt;source&gt;Reason for the adjustment&lt;/source&gt;
        &lt;translation&gt;Reason for the adjustment&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;269&quot;/&gt;
        &lt;source&gt;Reason&lt;/source&gt;
        &lt;translation&gt;Reason&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;274&quot;/&gt;
        &lt;source&gt;Reason for an adjustment&lt;/source&gt;
        &lt;translation&gt;Reason for an adjustment&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;292&quot;/&gt;
        &lt;source&gt;Edit the report&amp;apos;s organisation&lt;/source&gt;
        &lt;translation&gt;Edit the report&amp;apos;s organisation&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;298&quot;/&gt;
        &lt;source&gt;{year} government information disclosure report&lt;/source&gt;
        &lt;translation&gt;{year} government information disclosure report&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;300&quot;/&gt;
        &lt;source&gt;Export&lt;/source&gt;
        &lt;translation&gt;Export&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_editor.py&quot; line=&quot;320&quot;/&gt;
        &lt;source&gt;Saved to {path}&lt;/source&gt;
        &lt;translation&gt;Saved to {path}&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ReportMenu&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_menu.py&quot; line=&quot;32&quot;/&gt;
        &lt;source&gt;&amp;Annual report&lt;/source&gt;
        &lt;translation&gt;&amp;Annual report&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_menu.py&quot; line=&quot;40&quot;/&gt;
        &lt;source&gt;&amp;Requests register (依申请公开)…&lt;/source&gt;
        &lt;translation&gt;&amp;Requests register (依申请公开)…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/report_menu.py&quot; line=&quot;42&quot;/&gt;
        &lt;source&gt;Annual re&amp;port…&lt;/source&gt;
        &lt;translation&gt;Annual re&amp;port…&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;RequirementForm&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;64&quot;/&gt;
        &lt;source&gt;e.g. 10月底前, 全年, 每季度&lt;/source&gt;
        &lt;translation&gt;e.g. 10月底前, 全年, 每季度&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;71&quot;/&gt;
        &lt;source&gt;No due date&lt;/source&gt;
        &lt;translation&gt;No due date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;93&quot;/&gt;
        &lt;source&gt;No.&lt;/source&gt;
        &lt;translation&gt;No.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;94&quot;/&gt;
        &lt;source&gt;Requirement&lt;/source&gt;
        &lt;translation&gt;Requirement&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;95&quot;/&gt;
        &lt;source&gt;As written&lt;/source&gt;
        &lt;translation&gt;As written&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;96&quot;/&gt;
        &lt;source&gt;Lead units&lt;/source&gt;
        &lt;translation&gt;Lead units&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;97&quot;/&gt;
        &lt;source&gt;Cooperating&lt;/source&gt;
        &lt;translation&gt;Cooperating&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;98&quot;/&gt;
        &lt;source&gt;Time limit&lt;/source&gt;
        &lt;translation&gt;Time limit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;100&quot;/&gt;
        &lt;source&gt;Due date&lt;/source&gt;
        &lt;translation&gt;Due date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;101&quot;/&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;102&quot;/&gt;
        &lt;source&gt;Progress&lt;/source&gt;
        &lt;translation&gt;Progress&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;111&quot;/&gt;
        &lt;source&gt;Change lead units&lt;/source&gt;
        &lt;translation&gt;Change lead units&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;114&quot;/&gt;
        &lt;source&gt;Change cooperating units&lt;/source&gt;
        &lt;translation&gt;Change cooperating units&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;171&quot;/&gt;
        &lt;source&gt;Save typed changes&lt;/source&gt;
        &lt;translation&gt;Save typed changes&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;212&quot;/&gt;
        &lt;source&gt;No time limit written.&lt;/source&gt;
        &lt;translation&gt;No time limit written.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;217&quot;/&gt;
        &lt;source&gt;due {date}&lt;/source&gt;
        &lt;translation&gt;due {date}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;221&quot;/&gt;
        &lt;source&gt;counted from an event&lt;/source&gt;
        &lt;translation&gt;counted from an event&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;226&quot;/&gt;
        &lt;source&gt;Not understood as a date; pick the due date below.&lt;/source&gt;
        &lt;translation&gt;Not understood as a date; pick the due date below.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;245&quot;/&gt;
        &lt;source&gt;Edit number&lt;/source&gt;
        &lt;translation&gt;Edit number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;250&quot;/&gt;
        &lt;source&gt;Edit requirement text&lt;/source&gt;
        &lt;translation&gt;Edit requirement text&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;260&quot;/&gt;
        &lt;source&gt;Change time limit&lt;/source&gt;
        &lt;translation&gt;Change time limit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;268&quot;/&gt;
        &lt;source&gt;Change due date&lt;/source&gt;
        &lt;translation&gt;Change due date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;277&quot;/&gt;
        &lt;source&gt;Change status&lt;/source&gt;
        &lt;translation&gt;Change status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/requirement_form.py&quot; line=&quot;297&quot;/&gt;
        &lt;source&gt;Change progress&lt;/source&gt;
        &lt;translation&gt;Change progress&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;RestoreDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/restore_dialog.py&quot; line=&quot;38&quot;/&gt;
        &lt;source&gt;Daily, on start&lt;/source&gt;
        &lt;translation&gt;Daily, on start&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/restore_dialog.py&quot; line=&quot;39&quot;/&gt;
        &lt;source&gt;Before an import&lt;/source&gt;
        &lt;translation&gt;Before an import&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/restore_dialog.py&quot; line=&quot;40&quot;/&gt;
        &lt;source&gt;Before a merge&lt;/source&gt;
        &lt;translation&gt;Before a merge&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/restore_dialog.py&quot; line=&quot;41&quot;/&gt;
        &lt;source&gt;Made by hand&lt;/source&gt;
        &lt;translation&gt;Made by hand&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/restore_dialog.py&quot; line=&quot;42&quot;/&gt;
        &lt;source&gt;Before a restore&lt;/source&gt;
        &lt;translation&gt;Before a restore&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/restore_dialog.py&quot; line=&quot;45&quot;/&gt;
        &lt;source&gt;Before an upgrade&lt;/source&gt;
        &lt;translation&gt;Before an upgrade&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/restore_dialog.py&quot; line=&quot;53&quot;/&gt;
        &lt;source&gt;Backups and restore&lt;/source&gt;
        &lt;translation&gt;Backups and restore&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/restore_dialog.py&quot; line=&quot;59&quot;/&gt;
        &lt;source&gt;Backups are made every day on start and before every import and merge, and kept: all of the last day, one a day for a week, one a week for two months, one a month for two years. Restoring first backs up the ledger as it is now.&lt;/source&gt;
        &lt;translation&gt;Backups are made every day on start and before every import and merge, and kept: all of the last day, one a day for a week, one a week for two months, one a month for two years. Restoring first backs up the ledger as it is now.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/restore_dialog.py&quot; line=&quot;70&quot;/&gt;
        &lt;source&gt;Made at&lt;/source&gt;
        &lt;translation&gt;Made at&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/restore_dialog.py&quot; line=&quot;71&quot;/&gt;
        &lt;source&gt;Why&lt;/source&gt;
        &lt;translation&gt;Why&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/restore_dialog.py&quot; line=&quot;72&quot;/&gt;
        &lt;source&gt;Plans&lt;/source&gt;
        &lt;translation&gt;Plans&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/restore_dialog.py&quot; line=&quot;73&quot;/&gt;
        &lt;source&gt;Tasks&lt;/source&gt;
        &lt;translation&gt;Tasks&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/restore_dialog.py&quot; line=&quot;74&quot;/&gt;
        &lt;source&gt;State&lt;/source&gt;
        &lt;translation&gt;State&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/restore_dialog.py&quot; line=&quot;86&quot;/&gt;
        &lt;source&gt;Back up now&lt;/source&gt;
        &lt;translation&gt;Back up now&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/restore_dialog.py&quot; line=&quot;87&quot;/&gt;
        &lt;source&gt;Restore the selected backup…&lt;/source&gt;
        &lt;translation&gt;Restore the selected backup…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/restore_dialog.py&quot; line=&quot;109&quot;/&gt;
        &lt;source&gt;Good&lt;/source&gt;
        &lt;translation&gt;Good&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/restore_dialog.py&quot; line=&quot;109&quot;/&gt;
        &lt;source&gt;Damaged&lt;/source&gt;
        &lt;translation&gt;Damaged&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/restore_dialog.py&quot; line=&quot;152&quot;/&gt;
        &lt;source&gt;Replace the whole ledger with the backup of {time} ({plans} plans, {tasks} tasks)? The ledger as it is now is backed up first, and edits cannot be undone across a restore.&lt;/source&gt;
        &lt;translation&gt;Replace the whole ledger with the backup of {time} ({plans} plans, {tasks} tasks)? The ledger as it is now is backed up first, and edits cannot be undone across a restore.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Rollover&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;44&quot;/&gt;
        &lt;source&gt;Carry over&lt;/source&gt;
        &lt;translation&gt;Carry over&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;45&quot;/&gt;
        &lt;source&gt;Close (give a reason)&lt;/source&gt;
        &lt;translation&gt;Close (give a reason)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;46&quot;/&gt;
        &lt;source&gt;Not applicable (reason)&lt;/source&gt;
        &lt;translation&gt;Not applicable (reason)&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;RolloverWizard&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;63&quot;/&gt;
        &lt;source&gt;Review last year&amp;apos;s plan (回头看)&lt;/source&gt;
        &lt;translation&gt;Review last year&amp;apos;s plan (回头看)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;94&quot;/&gt;
        &lt;source&gt;Review of last year&amp;apos;s plan&lt;/source&gt;
        &lt;translation&gt;Review of last year&amp;apos;s plan&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SafetyNotices&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/ledger_safety.py&quot; line=&quot;29&quot;/&gt;
        &lt;source&gt;Read-only: the ledger is open for changes in another window or on another computer&lt;/source&gt;
        &lt;translation&gt;Read-only: the ledger is open for changes in another window or on another computer&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/ledger_safety.py&quot; line=&quot;37&quot;/&gt;
        &lt;source&gt;Network folder: safe journal mode in use&lt;/source&gt;
        &lt;translation&gt;Network folder: safe journal mode in use&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/ledger_safety.py&quot; line=&quot;42&quot;/&gt;
        &lt;source&gt;Recovered from backup {backup}; the damaged file is kept as {aside}&lt;/source&gt;
        &lt;translation&gt;Recovered from backup {backup}; the damaged file is kept as {aside}&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SettingsDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/settings_dialog.py&quot; line=&quot;28&quot;/&gt;
        &lt;source&gt;Settings&lt;/source&gt;
        &lt;translation&gt;Settings&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/settings_dialog.py&quot; line=&quot;30&quot;/&gt;
        &lt;source&gt;e.g. 江门市人力资源和社会保障局&lt;/source&gt;
        &lt;translation&gt;e.g. 江门市人力资源和社会保障局&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/settings_dialog.py&quot; line=&quot;35&quot;/&gt;
        &lt;source&gt; days&lt;/source&gt;
        &lt;translation&gt; days&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/settings_dialog.py&quot; line=&quot;37&quot;/&gt;
        &lt;source&gt;Default: the user data folder&lt;/source&gt;
        &lt;translation&gt;Default: the user data folder&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/settings_dialog.py&quot; line=&quot;38&quot;/&gt;
        &lt;source&gt;Browse…&lt;/source&gt;
        &lt;translation&gt;Browse…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/settings_dialog.py&quot; line=&quot;51&quot;/&gt;
        &lt;source&gt;Follow the system&lt;/source&gt;
        &lt;translation&gt;Follow the system&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/settings_dialog.py&quot; line=&quot;57&quot;/&gt;
        &lt;source&gt;Language and data folder changes apply after a restart.&lt;/source&gt;
        &lt;translation&gt;Language and data folder changes apply after a restart.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/settings_dialog.py&quot; line=&quot;61&quot;/&gt;
        &lt;source&gt;Organization&lt;/source&gt;
        &lt;translation&gt;Organization&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/settings_dialog.py&quot; line=&quot;62&quot;/&gt;
        &lt;source&gt;Warn before due&lt;/source&gt;
        &lt;translation&gt;Warn before due&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/settings_dialog.py&quot; line=&quot;63&quot;/&gt;
        &lt;location filename=&quot;../govledger/ui/settings_dialog.py&quot; line=&quot;76&quot;/&gt;
        &lt;source&gt;Data folder&lt;/source&gt;
        &lt;translation&gt;Data folder&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/settings_dialog.py&quot; line=&quot;64&quot;/&gt;
        &lt;source&gt;My unit&lt;/source&gt;
        &lt;translation&gt;My unit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/settings_dialog.py&quot; line=&quot;65&quot;/&gt;
        &lt;source&gt;Language&lt;/source&gt;
        &lt;translation&gt;Language&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SummaryPage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;274&quot;/&gt;
        &lt;source&gt;Summary&lt;/source&gt;
        &lt;translation&gt;Summary&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;276&quot;/&gt;
        &lt;source&gt;Apply makes all these changes in one step; Undo takes them back.&lt;/source&gt;
        &lt;translation&gt;Apply makes all these changes in one step; Undo takes them back.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/rollover_wizard.py&quot; line=&quot;279&quot;/&gt;
        &lt;source&gt;Apply&lt;/source&gt;
        &lt;translation&gt;Apply&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;TaskCells&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_cells.py&quot; line=&quot;132&quot;/&gt;
        &lt;source&gt;Responsible: {units}&lt;/source&gt;
        &lt;translation&gt;Responsible: {units}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_cells.py&quot; line=&quot;140&quot;/&gt;
        &lt;source&gt;Overdue by {days} days&lt;/source&gt;
        &lt;translation&gt;Overdue by {days} days&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_cells.py&quot; line=&quot;144&quot;/&gt;
        &lt;source&gt;Due in {days} days&lt;/source&gt;
        &lt;translation&gt;Due in {days} days&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_cells.py&quot; line=&quot;161&quot;/&gt;
        &lt;source&gt;{count} overdue&lt;/source&gt;
        &lt;translation&gt;{count} overdue&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_cells.py&quot; line=&quot;166&quot;/&gt;
        &lt;source&gt;All done&lt;/source&gt;
        &lt;translation&gt;All done&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_cells.py&quot; line=&quot;168&quot;/&gt;
        &lt;source&gt;{text}
{done} of {total} requirements done&lt;/source&gt;
        &lt;translation&gt;{text}
{done} of {total} requirements done&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_cells.py&quot; line=&quot;125&quot;/&gt;
        &lt;source&gt;Marked done, but no evidence is attached&lt;/source&gt;
        &lt;translation&gt;Marked done, but no evidence is attached&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;TaskDragDrop&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/drag_drop.py&quot; line=&quot;81&quot;/&gt;
        &lt;source&gt;Move task&lt;/source&gt;
        &lt;translation&gt;Move task&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;TaskOperations&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_operations.py&quot; line=&quot;57&quot;/&gt;
        &lt;source&gt;Add requirement&lt;/source&gt;
        &lt;translation&gt;Add requirement&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_operations.py&quot; line=&quot;58&quot;/&gt;
        &lt;source&gt;New requirement&lt;/source&gt;
        &lt;translation&gt;New requirement&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_operations.py&quot; line=&quot;79&quot;/&gt;
        &lt;source&gt;Add heading&lt;/source&gt;
        &lt;translation&gt;Add heading&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_operations.py&quot; line=&quot;79&quot;/&gt;
        &lt;source&gt;New heading&lt;/source&gt;
        &lt;translation&gt;New heading&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_operations.py&quot; line=&quot;105&quot;/&gt;
        &lt;source&gt;Delete “{title}” with its sub-tasks, progress notes and evidence records?&lt;/source&gt;
        &lt;translation&gt;Delete “{title}” with its sub-tasks, progress notes and evidence records?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_operations.py&quot; line=&quot;109&quot;/&gt;
        &lt;source&gt;Delete {count} tasks with their sub-tasks, progress notes and evidence records?&lt;/source&gt;
        &lt;translation&gt;Delete {count} tasks with their sub-tasks, progress notes and evidence records?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_operations.py&quot; line=&quot;112&quot;/&gt;
        &lt;source&gt;You can undo this with Ctrl+Z.&lt;/source&gt;
        &lt;translation&gt;You can undo this with Ctrl+Z.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_operations.py&quot; line=&quot;115&quot;/&gt;
        &lt;source&gt;Delete&lt;/source&gt;
        &lt;translation&gt;Delete&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_operations.py&quot; line=&quot;130&quot;/&gt;
        &lt;source&gt;Delete task&lt;/source&gt;
        &lt;translation&gt;Delete task&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_operations.py&quot; line=&quot;130&quot;/&gt;
        &lt;source&gt;Delete tasks&lt;/source&gt;
        &lt;translation&gt;Delete tasks&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_operations.py&quot; line=&quot;158&quot;/&gt;
        &lt;source&gt;Indent&lt;/source&gt;
        &lt;translation&gt;Indent&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_operations.py&quot; line=&quot;168&quot;/&gt;
        &lt;source&gt;Outdent&lt;/source&gt;
        &lt;translation&gt;Outdent&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_operations.py&quot; line=&quot;175&quot;/&gt;
        &lt;source&gt;Move up&lt;/source&gt;
        &lt;translation&gt;Move up&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_operations.py&quot; line=&quot;181&quot;/&gt;
        &lt;source&gt;Move down&lt;/source&gt;
        &lt;translation&gt;Move down&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;TaskTreeModel&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_tree_model.py&quot; line=&quot;366&quot;/&gt;
        &lt;source&gt;Edit number&lt;/source&gt;
        &lt;translation&gt;Edit number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/task_tree_model.py&quot; line=&quot;366&quot;/&gt;
        &lt;source&gt;Edit text&lt;/source&gt;
        &lt;translation&gt;Edit text&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;TypedDateEdit&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/typed_date_edit.py&quot; line=&quot;66&quot;/&gt;
        &lt;source&gt;Understood as {date}&lt;/source&gt;
        &lt;translation&gt;Understood as {date}&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;UnitDirectoryDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/unit_directory_dialog.py&quot; line=&quot;97&quot;/&gt;
        &lt;source&gt;Unit directory&lt;/source&gt;
        &lt;translation&gt;Unit directory&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/unit_directory_dialog.py&quot; line=&quot;110&quot;/&gt;
        &lt;source&gt;Double-click a name to rename it everywhere. To merge units that are the same office, select them, choose the name to keep and press Merge.&lt;/source&gt;
        &lt;translation&gt;Double-click a name to rename it everywhere. To merge units that are the same office, select them, choose the name to keep and press Merge.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/unit_directory_dialog.py&quot; line=&quot;119&quot;/&gt;
        &lt;source&gt;Merge&lt;/source&gt;
        &lt;translation&gt;Merge&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/unit_directory_dialog.py&quot; line=&quot;122&quot;/&gt;
        &lt;source&gt;Merge selected into&lt;/source&gt;
        &lt;translation&gt;Merge selected into&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/unit_directory_dialog.py&quot; line=&quot;167&quot;/&gt;
        &lt;source&gt;Merge units into “{name}”&lt;/source&gt;
        &lt;translation&gt;Merge units into “{name}”&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;UnitPicker&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/unit_picker.py&quot; line=&quot;38&quot;/&gt;
        &lt;source&gt;Type or pick units, separated by 、&lt;/source&gt;
        &lt;translation&gt;Type or pick units, separated by 、&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/unit_picker.py&quot; line=&quot;41&quot;/&gt;
        &lt;source&gt;Pick from the unit directory&lt;/source&gt;
        &lt;translation&gt;Pick from the unit directory&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/unit_picker.py&quot; line=&quot;86&quot;/&gt;
        &lt;source&gt;(the unit directory is empty)&lt;/source&gt;
        &lt;translation&gt;(the unit directory is empty)&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;UnitTableModel&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/unit_directory_dialog.py&quot; line=&quot;62&quot;/&gt;
        &lt;source&gt;Unit&lt;/source&gt;
        &lt;translation&gt;Unit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/unit_directory_dialog.py&quot; line=&quot;62&quot;/&gt;
        &lt;source&gt;Tasks&lt;/source&gt;
        &lt;translation&gt;Tasks&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/unit_directory_dialog.py&quot; line=&quot;87&quot;/&gt;
        &lt;source&gt;Rename unit “{old}” to “{new}”&lt;/source&gt;
        &lt;translation&gt;Rename unit “{old}” to “{new}”&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;UnsavedEdits&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/unsaved_edits.py&quot; line=&quot;34&quot;/&gt;
        &lt;source&gt;Unsaved progress note&lt;/source&gt;
        &lt;translation&gt;Unsaved progress note&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/unsaved_edits.py&quot; line=&quot;35&quot;/&gt;
        &lt;source&gt;A progress note was typed but not added:

{note}

Add it now?&lt;/source&gt;
        &lt;translation&gt;A progress note was typed but not added:

{note}

Add it now?&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;WelcomePage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/welcome_page.py&quot; line=&quot;55&quot;/&gt;
        &lt;source&gt;Welcome to govledger</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="59"/>
        <source>Start with the plan your office received (分工方案, a Word or Excel file, a web page or a PDF): govledger reads its duties, units and deadlines, and you check them before anything is saved.</source>
        <translation>Start with the plan your office received (分工方案, a Word or Excel file, a web page or a PDF): govledger reads its duties, units and deadlines, and you check them before anything is saved.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="66"/>
        <source>Import plan… (Ctrl+I)</source>
        <translation>Import plan… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="69"/>
        <source>Start a blank plan…</source>
        <translation>Start a blank plan…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="71"/>
        <source>Open the demo ledger</source>
        <translation>Open the demo ledger</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="73"/>
        <source>A separate ledger with a sample plan and its work; yours stays empty.</source>
        <translation>A separate ledger with a sample plan and its work; yours stays empty.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="78"/>
        <source>Your ledger: {ledger}
Backups: {backups}</source>
        <translation>Your ledger: {ledger}
Backups: {backups}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="123"/>
        <source>The demo ledger could not be made: {detail}</source>
        <translation>The demo ledger could not be made: {detail}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="128"/>
        <source>The demo ledger opens in a second window ({path}).</source>
        <translation>The demo ledger opens in a second window ({path}).</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="25"/>
        <source>&amp;New plan…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="31"/>
        <source>&amp;Import plan…</source>
        <translation>&amp;Import plan…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="37"/>
        <source>Export evi&amp;dence pack…</source>
        <translation>Export evi&amp;dence pack…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="41"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="46"/>
        <source>&amp;Export and print…</source>
        <translation>&amp;Export and print…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="51"/>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="56"/>
        <source>&amp;Backups and restore…</source>
        <translation>&amp;Backups and restore…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="60"/>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="66"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="71"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="76"/>
        <source>&amp;Add requirement</source>
        <translation>&amp;Add requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="82"/>
        <source>Add &amp;heading</source>
        <translation>Add &amp;heading</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="87"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="95"/>
        <source>&amp;Indent</source>
        <translation>&amp;Indent</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="100"/>
        <source>&amp;Outdent</source>
        <translation>&amp;Outdent</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="105"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="111"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="117"/>
        <source>&amp;Edit text</source>
        <translation>&amp;Edit text</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="120"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="125"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="130"/>
        <source>Show &amp;filter bar</source>
        <translation>Show &amp;filter bar</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="135"/>
        <source>&amp;My unit only</source>
        <translation>&amp;My unit only</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="140"/>
        <source>&amp;Wrap long text</source>
        <translation>&amp;New plan…&lt;/source&gt;
        &lt;translation&gt;&amp;New plan…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;31&quot;/&gt;
        &lt;source&gt;&amp;Import plan…&lt;/source&gt;
        &lt;translation&gt;&amp;Import plan…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;37&quot;/&gt;
        &lt;source&gt;Export evi&amp;dence pack…&lt;/source&gt;
        &lt;translation&gt;Export evi&amp;dence pack…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;41&quot;/&gt;
        &lt;source&gt;&amp;Settings…&lt;/source&gt;
        &lt;translation&gt;&amp;Settings…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;46&quot;/&gt;
        &lt;source&gt;&amp;Export and print…&lt;/source&gt;
        &lt;translation&gt;&amp;Export and print…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;51&quot;/&gt;
        &lt;source&gt;Print pre&amp;view…&lt;/source&gt;
        &lt;translation&gt;Print pre&amp;view…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;56&quot;/&gt;
        &lt;source&gt;&amp;Backups and restore…&lt;/source&gt;
        &lt;translation&gt;&amp;Backups and restore…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;60&quot;/&gt;
        &lt;source&gt;E&amp;xit&lt;/source&gt;
        &lt;translation&gt;E&amp;xit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;66&quot;/&gt;
        &lt;source&gt;Undo&lt;/source&gt;
        &lt;translation&gt;Undo&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;71&quot;/&gt;
        &lt;source&gt;Redo&lt;/source&gt;
        &lt;translation&gt;Redo&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;76&quot;/&gt;
        &lt;source&gt;&amp;Add requirement&lt;/source&gt;
        &lt;translation&gt;&amp;Add requirement&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;82&quot;/&gt;
        &lt;source&gt;Add &amp;heading&lt;/source&gt;
        &lt;translation&gt;Add &amp;heading&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;87&quot;/&gt;
        &lt;source&gt;&amp;Delete…&lt;/source&gt;
        &lt;translation&gt;&amp;Delete…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;95&quot;/&gt;
        &lt;source&gt;&amp;Indent&lt;/source&gt;
        &lt;translation&gt;&amp;Indent&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;100&quot;/&gt;
        &lt;source&gt;&amp;Outdent&lt;/source&gt;
        &lt;translation&gt;&amp;Outdent&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;105&quot;/&gt;
        &lt;source&gt;Move &amp;up&lt;/source&gt;
        &lt;translation&gt;Move &amp;up&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;111&quot;/&gt;
        &lt;source&gt;Move do&amp;wn&lt;/source&gt;
        &lt;translation&gt;Move do&amp;wn&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;117&quot;/&gt;
        &lt;source&gt;&amp;Edit text&lt;/source&gt;
        &lt;translation&gt;&amp;Edit text&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;120&quot;/&gt;
        &lt;source&gt;&amp;Search&lt;/source&gt;
        &lt;translation&gt;&amp;Search&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;125&quot;/&gt;
        &lt;source&gt;&amp;Clear filters&lt;/source&gt;
        &lt;translation&gt;&amp;Clear filters&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;130&quot;/&gt;
        &lt;source&gt;Show &amp;filter bar&lt;/source&gt;
        &lt;translation&gt;Show &amp;filter bar&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;135&quot;/&gt;
        &lt;source&gt;&amp;My unit only&lt;/source&gt;
        &lt;translation&gt;&amp;My unit only&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../govledger/ui/window_actions.py&quot; line=&quot;140&quot;/&gt;
        &lt;source&gt;&amp;Wrap long text</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="146"/>
        <source>E&amp;xpand all</source>
        <translation>E&amp;xpand all</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="151"/>
        <source>C&amp;ollapse all</source>
        <translation>C&amp;ollapse all</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="156"/>
        <source>&amp;Unit directory…</source>
        <translation>&amp;Unit directory…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="186"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="197"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="203"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="207"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="223"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
</context>
<context>
    <name>YearPlans</name>
    <message>
        <location filename="../govledger/ui/year_plans.py" line="30"/>
        <source>{year} · {title}</source>
        <translation>{year} · {title}</translation>
    </message>
</context>
</TS>

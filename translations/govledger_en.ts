<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessRules</name>
    <message>
        <location filename="../govledger/ui/access_rules.py" line="50"/>
        <source>no unit</source>
        <translation>no unit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/access_rules.py" line="51"/>
        <source>Role: {units} clerk</source>
        <translation>Role: {units} clerk</translation>
    </message>
    <message>
        <location filename="../govledger/ui/access_rules.py" line="53"/>
        <source>Role: administrator</source>
        <translation>Role: administrator</translation>
    </message>
    <message>
        <location filename="../govledger/ui/access_rules.py" line="73"/>
        <source>Your rights on this ledger were changed: reopen it to use them</source>
        <translation>Your rights on this ledger were changed: reopen it to use them</translation>
    </message>
    <message>
        <location filename="../govledger/ui/access_rules.py" line="103"/>
        <source>Only the ledger administrator can do this.</source>
        <translation>Only the ledger administrator can do this.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/access_rules.py" line="148"/>
        <source>Only requirements that {units} lead or cooperate on can be filled in; this one can only be read.</source>
        <translation>Only requirements that {units} lead or cooperate on can be filled in; this one can only be read.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/access_rules.py" line="153"/>
        <source>Only the ledger administrator can change the requirement itself.</source>
        <translation>Only the ledger administrator can change the requirement itself.</translation>
    </message>
</context>
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
        <location filename="../govledger/ui/application_dialog.py" line="119"/>
        <source>Register an information request</source>
        <translation>Register an information request</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="121"/>
        <source>Request {number}</source>
        <translation>Request {number}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="124"/>
        <source>numbered automatically</source>
        <translation>numbered automatically</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="137"/>
        <source>Corrected application received</source>
        <translation>Corrected application received</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="140"/>
        <source>Extended on</source>
        <translation>Extended on</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="144"/>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="148"/>
        <source>(not decided yet)</source>
        <translation>(not decided yet)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="152"/>
        <source> yuan</source>
        <translation> yuan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="158"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="159"/>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="160"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="161"/>
        <source>Applicant type</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="162"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="163"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="164"/>
        <source>Information requested</source>
        <translation>Information requested</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="165"/>
        <source>Handling steps</source>
        <translation>Handling steps</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="173"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="174"/>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="175"/>
        <source>Reply limit</source>
        <translation>Reply limit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="176"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="177"/>
        <source>Processing fee</source>
        <translation>Processing fee</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="178"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="261"/>
        <source>Reply by {date} (20 working days)</source>
        <translation>Reply by {date} (20 working days)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="263"/>
        <source>; extended to {date}</source>
        <translation>; extended to {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="274"/>
        <source>Register information request</source>
        <translation>Register information request</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="285"/>
        <source>Edit request {number}</source>
        <translation>Edit request {number}</translation>
    </message>
</context>
<context>
    <name>ApplicationRegisterWindow</name>
    <message>
        <location filename="../govledger/ui/application_register.py" line="51"/>
        <source>Information requests register (依申请公开)</source>
        <translation>Information requests register (依申请公开)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="76"/>
        <source>&amp;Register request…</source>
        <translation>&amp;Register request…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="77"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="78"/>
        <source>&amp;Next step…</source>
        <translation>&amp;Next step…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="79"/>
        <source>E&amp;xtend…</source>
        <translation>E&amp;xtend…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="80"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="98"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="146"/>
        <source>{total} requests · {open} awaiting a reply · {overdue} overdue · {soon} due soon</source>
        <translation>{total} requests · {open} awaiting a reply · {overdue} overdue · {soon} due soon</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="225"/>
        <source>Delete request</source>
        <translation>Delete request</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="226"/>
        <source>Delete request {number} and its documents? (Undo brings it back.)</source>
        <translation>Delete request {number} and its documents? (Undo brings it back.)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_register.py" line="234"/>
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
        <location filename="../govledger/ui/application_model.py" line="199"/>
        <source>Counted from {date}</source>
        <translation>Counted from {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="200"/>
        <source>Statutory limit: {date} ({days} working days)</source>
        <translation>Statutory limit: {date} ({days} working days)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="206"/>
        <source>Extended on {on} by {days} working days, to {date}</source>
        <translation>Extended on {on} by {days} working days, to {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="213"/>
        <source>The extension was decided after the limit had passed.</source>
        <translation>The extension was decided after the limit had passed.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_model.py" line="216"/>
        <source>Replied on {date}</source>
        <translation>Replied on {date}</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="77"/>
        <source>+{count} more</source>
        <translation>+{count} more</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="87"/>
        <source>Previous month (PgUp)</source>
        <translation>Previous month (PgUp)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="89"/>
        <source>Next month (PgDown)</source>
        <translation>Next month (PgDown)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="90"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="125"/>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="128"/>
        <source>Agenda: next</source>
        <translation>Agenda: next</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="154"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="155"/>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="156"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="157"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="158"/>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="170"/>
        <source>{month}/{day}</source>
        <translation>{month}/{day}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="184"/>
        <source>Lead: {units}</source>
        <translation>Lead: {units}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="186"/>
        <source>Cooperating: {units}</source>
        <translation>Cooperating: {units}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="188"/>
        <source>Due {date} · {label}</source>
        <translation>Due {date} · {label}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="193"/>
        <source>Done on {date}</source>
        <translation>Done on {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="278"/>
        <source>Due in the next {days} working days ({count})</source>
        <translation>Due in the next {days} working days ({count})</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="234"/>
        <source>{year}-{month}</source>
        <translation>{year}-{month}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="277"/>
        <source>Overdue, not done ({count})</source>
        <translation>Overdue, not done ({count})</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="290"/>
        <source>Waiting for a triggering event ({count})</source>
        <translation>Waiting for a triggering event ({count})</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="297"/>
        <source>Right-click to record the event that starts the clock.</source>
        <translation>Right-click to record the event that starts the clock.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="350"/>
        <source>Mark this deadline done</source>
        <translation>Mark this deadline done</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="352"/>
        <source>Mark deadline done</source>
        <translation>Mark deadline done</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="358"/>
        <source>Mark not done</source>
        <translation>Mark not done</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="360"/>
        <source>Mark deadline not done</source>
        <translation>Mark deadline not done</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="365"/>
        <location filename="../govledger/ui/calendar_view.py" line="385"/>
        <source>Record triggering event…</source>
        <translation>Record triggering event…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="368"/>
        <location filename="../govledger/ui/calendar_view.py" line="386"/>
        <source>Show in the task tree</source>
        <translation>Show in the task tree</translation>
    </message>
    <message>
        <location filename="../govledger/ui/calendar_view.py" line="377"/>
        <source>Open in the requests register</source>
        <translation>Open in the requests register</translation>
    </message>
</context>
<context>
    <name>CompareYears</name>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="54"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="55"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="56"/>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="57"/>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
</context>
<context>
    <name>CompareYearsDialog</name>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="87"/>
        <source>Compare years</source>
        <translation>Compare years</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="92"/>
        <source>Show unchanged</source>
        <translation>Show unchanged</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="96"/>
        <source>Last year&apos;s plan</source>
        <translation>Last year&apos;s plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="97"/>
        <source>This year&apos;s plan</source>
        <translation>This year&apos;s plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="101"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="101"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="101"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="126"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="129"/>
        <source>Save these rows as a Word or Excel table, as shown here</source>
        <translation>Save these rows as a Word or Excel table, as shown here</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="152"/>
        <source>Choose two different plans.</source>
        <translation>Choose two different plans.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="158"/>
        <source>New {new} · changed {changed} · dropped {dropped} · unchanged {same}</source>
        <translation>New {new} · changed {changed} · dropped {dropped} · unchanged {same}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="194"/>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="194"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="197"/>
        <source>Export the comparison</source>
        <translation>Export the comparison</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="209"/>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="245"/>
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="246"/>
        <source>time limit</source>
        <translation>time limit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/compare_years.py" line="251"/>
        <source>Also changed: {fields}</source>
        <translation>Also changed: {fields}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="67"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="68"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="69"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="71"/>
        <source>Progress %</source>
        <translation>Progress %</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="72"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="73"/>
        <source>Units as written</source>
        <translation>Units as written</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="74"/>
        <source>Lead units</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="75"/>
        <source>Cooperating units</source>
        <translation>Cooperating units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="76"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="77"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="78"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="79"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="80"/>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="81"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="82"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="83"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="84"/>
        <source>Captured on</source>
        <translation>Captured on</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="91"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="92"/>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="93"/>
        <source>Progress entry</source>
        <translation>Progress entry</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="94"/>
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
        <location filename="../govledger/ui/deadline_features.py" line="56"/>
        <source>Task ledger</source>
        <translation>Task ledger</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="59"/>
        <source>Deadline calendar</source>
        <translation>Deadline calendar</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="70"/>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="143"/>
        <source>&amp;Deadlines</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="146"/>
        <source>Deadline &amp;calendar</source>
        <translation>Deadline &amp;calendar</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="151"/>
        <source>&amp;Holidays and make-up workdays…</source>
        <translation>&amp;Holidays and make-up workdays…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="155"/>
        <source>Record triggering &amp;event…</source>
        <translation>Record triggering &amp;event…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="159"/>
        <source>Reminder &amp;summary…</source>
        <translation>Reminder &amp;summary…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="162"/>
        <source>Print reminder shee&amp;ts (催办单)…</source>
        <translation>Print reminder shee&amp;ts (催办单)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="166"/>
        <source>Export calendar (.&amp;ics)…</source>
        <translation>Export calendar (.&amp;ics)…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="225"/>
        <source>Record triggering event</source>
        <translation>Record triggering event</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="226"/>
        <source>Select a requirement whose time limit runs from an event (such as 印发后3个工作日内) in the task tree first.</source>
        <translation>Select a requirement whose time limit runs from an event (such as 印发后3个工作日内) in the task tree first.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="382"/>
        <location filename="../govledger/ui/deadline_features.py" line="414"/>
        <source>Cannot save {path}: {detail}</source>
        <translation>Cannot save {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="388"/>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="403"/>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../govledger/ui/deadline_features.py" line="420"/>
        <source>Exported {count} deadlines to {path}</source>
        <translation>Exported {count} deadlines to {path}</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="165"/>
        <source>Decide for each open requirement</source>
        <translation>Decide for each open requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="168"/>
        <source>Continue it in this year&apos;s matching requirement or carry it over as a new one (either way with its progress and evidence), close it, or mark it not applicable. Closing and not applicable need a reason.</source>
        <translation>Continue it in this year&apos;s matching requirement or carry it over as a new one (either way with its progress and evidence), close it, or mark it not applicable. Closing and not applicable need a reason.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="179"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="180"/>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="181"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="182"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="183"/>
        <source>In this year&apos;s plan</source>
        <translation>In this year&apos;s plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="184"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="185"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="205"/>
        <source>Carry all over</source>
        <translation>Carry all over</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="248"/>
        <source>the matching one</source>
        <translation>the matching one</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="249"/>
        <source>Continue in No. {number}</source>
        <translation>Continue in No. {number}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="273"/>
        <source>⚠ Its time limit names {year}: set it anew when carried over</source>
        <translation>⚠ Its time limit names {year}: set it anew when carried over</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="321"/>
        <source>Nothing is open in last year&apos;s plan: nothing to review.</source>
        <translation>Nothing is open in last year&apos;s plan: nothing to review.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="324"/>
        <source>{count} decisions still need a reason.</source>
        <translation>{count} decisions still need a reason.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../govledger/ui/detail_panel.py" line="47"/>
        <source>Someone else just changed this item; what you typed is kept, not saved yet.</source>
        <translation>Someone else just changed this item; what you typed is kept, not saved yet.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/detail_panel.py" line="55"/>
        <source>Select a task in the tree to see and edit its details.</source>
        <translation>Select a task in the tree to see and edit its details.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/detail_panel.py" line="120"/>
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location filename="../govledger/ui/detail_panel.py" line="121"/>
        <source>Work carried out</source>
        <translation>Work carried out</translation>
    </message>
    <message>
        <location filename="../govledger/ui/detail_panel.py" line="122"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="301"/>
        <source>Documents (request, reply letter…)</source>
        <translation>Documents (request, reply letter…)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="312"/>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="314"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="316"/>
        <source>Save the request first to attach documents.</source>
        <translation>Save the request first to attach documents.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="348"/>
        <source>Attach documents</source>
        <translation>Attach documents</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="358"/>
        <source>Attach document</source>
        <translation>Attach document</translation>
    </message>
    <message>
        <location filename="../govledger/ui/application_dialog.py" line="371"/>
        <source>Remove document “{name}”</source>
        <translation>Remove document “{name}”</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="379"/>
        <source>Review applied</source>
        <translation>Review applied</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="382"/>
        <source>Save the 回头看 report…</source>
        <translation>Save the 回头看 report…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="393"/>
        <source>Reviewed {total} requirements: {carried} carried over into this year&apos;s plan, {closed} closed, {na} not applicable. Undo takes the review back.</source>
        <translation>Reviewed {total} requirements: {carried} carried over into this year&apos;s plan, {closed} closed, {na} not applicable. Undo takes the review back.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="411"/>
        <source>{count} carried-over requirements have a time limit that names last year: they keep that date (shown overdue) until you set a new one.</source>
        <translation>{count} carried-over requirements have a time limit that names last year: they keep that date (shown overdue) until you set a new one.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="421"/>
        <source>Save the 回头看 report</source>
        <translation>Save the 回头看 report</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="421"/>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="431"/>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>DraftPreview</name>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="193"/>
        <source>Outdent</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="194"/>
        <source>Indent</source>
        <translation>Indent</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="196"/>
        <source>Heading ↔ requirement</source>
        <translation>Heading ↔ requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="199"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="202"/>
        <source>Merge the selected adjacent requirements into one</source>
        <translation>Merge the selected adjacent requirements into one</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="205"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="208"/>
        <source>Split the requirement at the text cursor, or at a sentence end</source>
        <translation>Split the requirement at the text cursor, or at a sentence end</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="213"/>
        <source>Not a task</source>
        <translation>Not a task</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="216"/>
        <source>Leave the selected rows out of the plan</source>
        <translation>Leave the selected rows out of the plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="219"/>
        <source>Import as task</source>
        <translation>Import as task</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="222"/>
        <source>Import the selected greyed rows after all</source>
        <translation>Import the selected greyed rows after all</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="225"/>
        <location filename="../govledger/ui/draft_preview.py" line="332"/>
        <source>Remove rows</source>
        <translation>Remove rows</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="228"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="228"/>
        <source>Undo the last edit</source>
        <translation>Undo the last edit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="230"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="262"/>
        <source>{requirements} requirements · {warnings} warnings to review</source>
        <translation>{requirements} requirements · {warnings} warnings to review</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="325"/>
        <source>Removed {count} rows; Ctrl+Z brings them back.</source>
        <translation>Removed {count} rows; Ctrl+Z brings them back.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="335"/>
        <source>The selected headings hold {count} rows that are not selected. Remove those rows too, or only the headings (the rows under them move up a level)?</source>
        <translation>The selected headings hold {count} rows that are not selected. Remove those rows too, or only the headings (the rows under them move up a level)?</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="340"/>
        <source>Remove with the rows under them</source>
        <translation>Remove with the rows under them</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="342"/>
        <source>Remove only the headings</source>
        <translation>Remove only the headings</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="353"/>
        <source>Select two or more adjacent requirements to merge.</source>
        <translation>Select two or more adjacent requirements to merge.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_preview.py" line="381"/>
        <source>No sentence end to split at: double-click the text, put the cursor where it should be split and press Ctrl+B.</source>
        <translation>No sentence end to split at: double-click the text, put the cursor where it should be split and press Ctrl+B.</translation>
    </message>
</context>
<context>
    <name>DraftTreeModel</name>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="128"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="129"/>
        <source>Task / requirement</source>
        <translation>Task / requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="130"/>
        <source>Lead units</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="131"/>
        <source>Cooperating units</source>
        <translation>Cooperating units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="132"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="133"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="134"/>
        <source>Original numbering</source>
        <translation>Original numbering</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="138"/>
        <source>Ticked rows are imported; untick a row that is not a task</source>
        <translation>Ticked rows are imported; untick a row that is not a task</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="140"/>
        <source>The numbering printed in the document, where 序号 counts 1…N</source>
        <translation>The numbering printed in the document, where 序号 counts 1…N</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="192"/>
        <source>Numbered “{label}” in the document</source>
        <translation>Numbered “{label}” in the document</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="194"/>
        <source>As written: {units}</source>
        <translation>As written: {units}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="196"/>
        <source>not a task</source>
        <translation>not a task</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="197"/>
        <source>Not imported: {reason}</source>
        <translation>Not imported: {reason}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_model.py" line="198"/>
        <source>Tick the box in the 序号 column to import it as a task</source>
        <translation>Tick the box in the 序号 column to import it as a task</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="48"/>
        <location filename="../govledger/ui/event_dialog.py" line="103"/>
        <source>Record triggering event</source>
        <translation>Record triggering event</translation>
    </message>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="58"/>
        <source>e.g. the document&apos;s title and number</source>
        <translation>e.g. the document&apos;s title and number</translation>
    </message>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="63"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="64"/>
        <source>Event date</source>
        <translation>Event date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="65"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="91"/>
        <source>Due by {date} ({rule}).</source>
        <translation>Due by {date} ({rule}).</translation>
    </message>
    <message>
        <location filename="../govledger/ui/event_dialog.py" line="92"/>
        <source>{year}-{month}-{day}</source>
        <translation>{year}-{month}-{day}</translation>
    </message>
</context>
<context>
    <name>EvidenceAttacher</name>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="109"/>
        <source>Uploading “{name}” to the ledger server…</source>
        <translation>Uploading “{name}” to the ledger server…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="113"/>
        <source>Uploading {count} files to the ledger server…</source>
        <translation>Uploading {count} files to the ledger server…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="119"/>
        <source>Copying “{name}”…</source>
        <translation>Copying “{name}”…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="121"/>
        <source>Copying {count} files…</source>
        <translation>Copying {count} files…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="124"/>
        <source>Attaching evidence</source>
        <translation>Attaching evidence</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="124"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_attach.py" line="149"/>
        <source>Attach evidence “{name}”</source>
        <translation>Attach evidence “{name}”</translation>
    </message>
</context>
<context>
    <name>EvidenceFetcher</name>
    <message>
        <location filename="../govledger/ui/evidence_fetch.py" line="94"/>
        <source>Fetching “{name}” from the ledger server…</source>
        <translation>Fetching “{name}” from the ledger server…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_fetch.py" line="97"/>
        <source>Opening evidence</source>
        <translation>Opening evidence</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_fetch.py" line="97"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_fetch.py" line="123"/>
        <source>The stored file of “{name}” is missing; run the ledger check.</source>
        <translation>The stored file of “{name}” is missing; run the ledger check.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_fetch.py" line="133"/>
        <source>Cannot open “{name}”: {detail}</source>
        <translation>Cannot open “{name}”: {detail}</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="108"/>
        <source>Rename evidence</source>
        <translation>Rename evidence</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="123"/>
        <source>captured {date}</source>
        <translation>captured {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="133"/>
        <source>progress {date}</source>
        <translation>progress {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="139"/>
        <source>file missing</source>
        <translation>file missing</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="147"/>
        <source>File: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="151"/>
        <source>Belongs to the progress note of {date}: {text}</source>
        <translation>Belongs to the progress note of {date}: {text}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_model.py" line="155"/>
        <source>Double-click to open; F2 renames the description.</source>
        <translation>Double-click to open; F2 renames the description.</translation>
    </message>
</context>
<context>
    <name>EvidencePackExporter</name>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="42"/>
        <source>Open the plan first.</source>
        <translation>Open the plan first.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="53"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="53"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="56"/>
        <location filename="../govledger/ui/evidence_pack_export.py" line="94"/>
        <source>Export evidence pack</source>
        <translation>Export evidence pack</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="92"/>
        <source>Writing the evidence pack…</source>
        <translation>Writing the evidence pack…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="94"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="109"/>
        <source>The evidence pack is at {path}: {files} files and {links} web links, indexed in 佐证材料索引.xlsx.</source>
        <translation>The evidence pack is at {path}: {files} files and {links} web links, indexed in 佐证材料索引.xlsx.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="113"/>
        <source>Missing files, listed in the index: {names}</source>
        <translation>Missing files, listed in the index: {names}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="116"/>
        <source>Evidence pack written</source>
        <translation>Evidence pack written</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_pack_export.py" line="119"/>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="104"/>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="105"/>
        <location filename="../govledger/ui/evidence_panel.py" line="245"/>
        <source>Paste screenshot</source>
        <translation>Paste screenshot</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="106"/>
        <source>Add web link…</source>
        <translation>Add web link…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="118"/>
        <location filename="../govledger/ui/evidence_panel.py" line="310"/>
        <source>Drop files here, or press Ctrl+V to paste a screenshot.</source>
        <translation>Drop files here, or press Ctrl+V to paste a screenshot.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="129"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="130"/>
        <source>Rename description</source>
        <translation>Rename description</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="131"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="134"/>
        <source>Attach to</source>
        <translation>Attach to</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="209"/>
        <source>This requirement</source>
        <translation>This requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="214"/>
        <source>Progress {date}: {text}</source>
        <translation>Progress {date}: {text}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="229"/>
        <source>Add evidence files</source>
        <translation>Add evidence files</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="261"/>
        <source>Add web link</source>
        <translation>Add web link</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="299"/>
        <source>Not files (folders are not attached): {names}</source>
        <translation>Not files (folders are not attached): {names}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="306"/>
        <source>Uploading was cancelled; nothing of that file was recorded.</source>
        <translation>Uploading was cancelled; nothing of that file was recorded.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="308"/>
        <source>Copying was cancelled; nothing of that file was kept.</source>
        <translation>Copying was cancelled; nothing of that file was kept.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/evidence_panel.py" line="386"/>
        <source>Remove evidence “{name}”</source>
        <translation>Remove evidence “{name}”</translation>
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
        <location filename="../govledger/ui/exchange_menu.py" line="198"/>
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
        <source>Merged {unit}&apos;s package: {added} added, {updated} updated, {merged} merged field by field, {deleted} deleted, {conflicts} conflicts.</source>
        <translation>Merged {unit}&apos;s package: {added} added, {updated} updated, {merged} merged field by field, {deleted} deleted, {conflicts} conflicts.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="55"/>
        <source>Word ledger (台账, .docx)</source>
        <translation>Word ledger (台账, .docx)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="62"/>
        <source>Excel ledger (台账, .xlsx)</source>
        <translation>Excel ledger (台账, .xlsx)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="69"/>
        <source>PDF summary with charts (.pdf)</source>
        <translation>PDF summary with charts (.pdf)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="76"/>
        <source>Yearly report draft: 工作要点落实情况 (.docx)</source>
        <translation>Yearly report draft: 工作要点落实情况 (.docx)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="136"/>
        <source>Export and print</source>
        <translation>Export and print</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="144"/>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="148"/>
        <source>Overdue requirements only</source>
        <translation>Overdue requirements only</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="153"/>
        <source>Only what the window shows now ({count} requirements)</source>
        <translation>Only what the window shows now ({count} requirements)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="159"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="166"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="167"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="168"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="171"/>
        <location filename="../govledger/ui/export_dialog.py" line="249"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="179"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="185"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="188"/>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="264"/>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/export_dialog.py" line="284"/>
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
        <location filename="../govledger/ui/filter_bar.py" line="50"/>
        <source>Search tasks, units and progress notes (Ctrl+F)</source>
        <translation>Search tasks, units and progress notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="58"/>
        <source>My unit only</source>
        <translation>My unit only</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="60"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="90"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="103"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="177"/>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="188"/>
        <source>Show only the tasks of {unit}</source>
        <translation>Show only the tasks of {unit}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="190"/>
        <source>Set your unit in Settings first</source>
        <translation>Set your unit in Settings first</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="255"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../govledger/ui/filter_bar.py" line="85"/>
        <source>Done without evidence</source>
        <translation>Done without evidence</translation>
    </message>
</context>
<context>
    <name>HeadingForm</name>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="31"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="32"/>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="33"/>
        <source>Below it</source>
        <translation>Below it</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="55"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="58"/>
        <source>{total} requirements, {done} done</source>
        <translation>{total} requirements, {done} done</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="91"/>
        <source>Save typed changes</source>
        <translation>Save typed changes</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="98"/>
        <source>Edit number</source>
        <translation>Edit number</translation>
    </message>
    <message>
        <location filename="../govledger/ui/heading_form.py" line="103"/>
        <source>Edit heading text</source>
        <translation>Edit heading text</translation>
    </message>
</context>
<context>
    <name>HolidayEditor</name>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="48"/>
        <source>Holidays and make-up workdays</source>
        <translation>Holidays and make-up workdays</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="57"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="60"/>
        <source>Paste the State Council notice…</source>
        <translation>Paste the State Council notice…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="62"/>
        <source>Read the days off and make-up workdays from the notice as published</source>
        <translation>Read the days off and make-up workdays from the notice as published</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="69"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="69"/>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="69"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="69"/>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="83"/>
        <location filename="../govledger/ui/holiday_editor.py" line="176"/>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="84"/>
        <location filename="../govledger/ui/holiday_editor.py" line="176"/>
        <source>Make-up workday</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="88"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="90"/>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="93"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="95"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="153"/>
        <source>The {year} schedule is built in from the State Council notice and cannot be changed.</source>
        <translation>The {year} schedule is built in from the State Council notice and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="158"/>
        <source>The {year} schedule was entered here. Check it against the State Council notice; a pasted notice replaces it.</source>
        <translation>The {year} schedule was entered here. Check it against the State Council notice; a pasted notice replaces it.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="163"/>
        <source>The {year} schedule is not built in: enter it from the State Council notice (the days off and the make-up workdays). Until then Monday to Friday count as working days.</source>
        <translation>The {year} schedule is not built in: enter it from the State Council notice (the days off and the make-up workdays). Until then Monday to Friday count as working days.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="172"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="172"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="172"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="172"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="173"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="173"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="173"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="192"/>
        <source>Enter holidays {first} to {last}</source>
        <translation>Enter holidays {first} to {last}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_editor.py" line="209"/>
        <source>Remove holidays ({count})</source>
        <translation>Remove holidays ({count})</translation>
    </message>
</context>
<context>
    <name>HolidayNoticeDialog</name>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="48"/>
        <source>Read the State Council holiday notice</source>
        <translation>Read the State Council holiday notice</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="52"/>
        <source>Paste the whole notice (国务院办公厅关于{year}年部分节假日安排的通知) from the government website, title included. Check the days read on the calendar before saving.</source>
        <translation>Paste the whole notice (国务院办公厅关于{year}年部分节假日安排的通知) from the government website, title included. Check the days read on the calendar before saving.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="125"/>
        <source>Nothing read yet.</source>
        <translation>Nothing read yet.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="127"/>
        <source>{year}: {off} days off and {work} make-up workdays read.</source>
        <translation>{year}: {off} days off and {work} make-up workdays read.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="133"/>
        <source>Saving replaces the {count} days entered for {year} before.</source>
        <translation>Saving replaces the {count} days entered for {year} before.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="141"/>
        <source>The {year} schedule is built in and cannot be changed; nothing will be saved.</source>
        <translation>The {year} schedule is built in and cannot be changed; nothing will be saved.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="151"/>
        <source>The year was not found: paste the title too.</source>
        <translation>The year was not found: paste the title too.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="152"/>
        <source>No day off could be read</source>
        <translation>No day off could be read</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="153"/>
        <source>Not a date: {detail}</source>
        <translation>Not a date: {detail}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="155"/>
        <source>The weekday printed beside {detail} is not that day&apos;s: check the text</source>
        <translation>The weekday printed beside {detail} is not that day&apos;s: check the text</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="158"/>
        <source>Neither days off (放假) nor make-up workdays (上班)</source>
        <translation>Neither days off (放假) nor make-up workdays (上班)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="164"/>
        <source>Not read: {line} — {reason}</source>
        <translation>Not read: {line} — {reason}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="175"/>
        <source>{name}: {first} to {last}, {count} days off</source>
        <translation>{name}: {first} to {last}, {count} days off</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="179"/>
        <source>Make-up workdays: {days}</source>
        <translation>Make-up workdays: {days}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="180"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="190"/>
        <source>{month}/{day}</source>
        <translation>{month}/{day}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="204"/>
        <source>{year}-{month}</source>
        <translation>{year}-{month}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/holiday_notice_dialog.py" line="215"/>
        <source>Enter the {year} holidays from the notice</source>
        <translation>Enter the {year} holidays from the notice</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="119"/>
        <location filename="../govledger/ui/import_dialog.py" line="221"/>
        <location filename="../govledger/ui/import_dialog.py" line="370"/>
        <source>Import plan</source>
        <translation>Import plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="125"/>
        <source>A plan document: Word, Excel, WPS, PDF, a saved web page or text</source>
        <translation>A plan document: Word, Excel, WPS, PDF, a saved web page or text</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="127"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="134"/>
        <source>Paste the plan&apos;s text here, then press Read</source>
        <translation>Paste the plan&apos;s text here, then press Read</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="135"/>
        <source>Read text</source>
        <translation>Read text</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="137"/>
        <source>Paste and read</source>
        <translation>Paste and read</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="148"/>
        <source>From a file</source>
        <translation>From a file</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="149"/>
        <source>Paste text</source>
        <translation>Paste text</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="176"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="179"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="181"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="183"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="193"/>
        <source>Save as new plan</source>
        <translation>Save as new plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="224"/>
        <source>Plan documents (*.docx *.xlsx *.pdf *.doc *.wps *.xls *.et *.html *.htm *.mht *.mhtml *.txt);;All files (*)</source>
        <translation>Plan documents (*.docx *.xlsx *.pdf *.doc *.wps *.xls *.et *.html *.htm *.mht *.mhtml *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="336"/>
        <source>Import plan “{title}”</source>
        <translation>Import plan “{title}”</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="367"/>
        <source>Saving was cancelled; the ledger is unchanged.</source>
        <translation>Saving was cancelled; the ledger is unchanged.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="370"/>
        <source>Saving the plan…</source>
        <translation>Saving the plan…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="370"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../govledger/ui/import_dialog.py" line="375"/>
        <source>Saving the plan: {done} of {total} tasks</source>
        <translation>Saving the plan: {done} of {total} tasks</translation>
    </message>
</context>
<context>
    <name>JobNotice</name>
    <message>
        <location filename="../govledger/ui/job_notice.py" line="31"/>
        <source>{who} has finished {what}.</source>
        <translation>{who} has finished {what}.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/job_notice.py" line="38"/>
        <source>{who} is {what}: the ledger updates when they finish.</source>
        <translation>{who} is {what}: the ledger updates when they finish.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/job_notice.py" line="44"/>
        <source>Until then no other import, carry-over or package merge can start on this ledger.</source>
        <translation>Until then no other import, carry-over or package merge can start on this ledger.</translation>
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
    <message>
        <location filename="../govledger/ui/labels.py" line="88"/>
        <source>{count} working days overdue</source>
        <translation>{count} working days overdue</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="92"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../govledger/ui/labels.py" line="93"/>
        <source>{count} working days left</source>
        <translation>{count} working days left</translation>
    </message>
</context>
<context>
    <name>LedgerOpening</name>
    <message>
        <location filename="../govledger/ui/ledger_opening.py" line="139"/>
        <source>This ledger is in use on {host} ({user}) since {since}.

Only one computer may change it at a time. You can open it read-only to look at it and print from it.</source>
        <translation>This ledger is in use on {host} ({user}) since {since}.

Only one computer may change it at a time. You can open it read-only to look at it and print from it.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_opening.py" line="147"/>
        <location filename="../govledger/ui/ledger_opening.py" line="169"/>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_opening.py" line="157"/>
        <source>The ledger was not closed properly on {host} ({user}) — perhaps after a power cut or a crash — and that program is no longer running.

Take the ledger over on this computer? Every saved edit is kept.</source>
        <translation>The ledger was not closed properly on {host} ({user}) — perhaps after a power cut or a crash — and that program is no longer running.

Take the ledger over on this computer? Every saved edit is kept.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_opening.py" line="165"/>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_opening.py" line="184"/>
        <source>No good backup was found to recover from.</source>
        <translation>No good backup was found to recover from.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_opening.py" line="189"/>
        <source>{error}

The damaged file will be kept aside (never overwritten) and the ledger rebuilt from the latest good backup of {time}: {plans} plans, {tasks} tasks.

Recover now?</source>
        <translation>{error}

The damaged file will be kept aside (never overwritten) and the ledger rebuilt from the latest good backup of {time}: {plans} plans, {tasks} tasks.

Recover now?</translation>
    </message>
</context>
<context>
    <name>LedgerStatusBar</name>
    <message>
        <location filename="../govledger/ui/ledger_status_bar.py" line="45"/>
        <source>Server ledger: {location}</source>
        <translation>Server ledger: {location}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_status_bar.py" line="47"/>
        <source>Ledger: {path}</source>
        <translation>Ledger: {path}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_status_bar.py" line="59"/>
        <source>Upgraded by a newer govledger: close this window</source>
        <translation>Upgraded by a newer govledger: close this window</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_status_bar.py" line="63"/>
        <source>Ledger upgraded</source>
        <translation>Ledger upgraded</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_status_bar.py" line="70"/>
        <source>This window no longer shows other clerks&apos; changes. Copy out anything you are typing, close govledger and install the version named above.</source>
        <translation>This window no longer shows other clerks&apos; changes. Copy out anything you are typing, close govledger and install the version named above.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_status_bar.py" line="80"/>
        <source>The server no longer lets this login read the ledger</source>
        <translation>The server no longer lets this login read the ledger</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_status_bar.py" line="89"/>
        <source>Indexing the plan…</source>
        <translation>Indexing the plan…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_status_bar.py" line="95"/>
        <source>{total} requirements · {done} done · {progress} in progress · {overdue} overdue · {soon} due soon</source>
        <translation>{total} requirements · {done} done · {progress} in progress · {overdue} overdue · {soon} due soon</translation>
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
        <location filename="../govledger/ui/main_window.py" line="69"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="139"/>
        <source>{year} · {title}</source>
        <translation>{year} · {title}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="145"/>
        <source>(no plan yet — import one)</source>
        <translation>(no plan yet — import one)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="183"/>
        <source>Government disclosure work-plan ledger</source>
        <translation>Government disclosure work-plan ledger</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="226"/>
        <source>govledger</source>
        <translation>govledger</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="389"/>
        <source>The ledger file was replaced by another program; it has been read again.</source>
        <translation>The ledger file was replaced by another program; it has been read again.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/main_window.py" line="186"/>
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
</context>
<context>
    <name>MergeConflictDialog</name>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="117"/>
        <source>Merge conflicts</source>
        <translation>Merge conflicts</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="125"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="125"/>
        <source>This ledger</source>
        <translation>This ledger</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="125"/>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="125"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="136"/>
        <source>Keep this ledger&apos;s version</source>
        <translation>Keep this ledger&apos;s version</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="137"/>
        <source>Take the package&apos;s version</source>
        <translation>Take the package&apos;s version</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="161"/>
        <source>Apply choices</source>
        <translation>Apply choices</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="187"/>
        <source>No merge conflicts are waiting.</source>
        <translation>No merge conflicts are waiting.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="201"/>
        <source>[{done} of {total} fields]</source>
        <translation>[{done} of {total} fields]</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="204"/>
        <location filename="../govledger/ui/conflict_dialog.py" line="209"/>
        <source>[ours]</source>
        <translation>[ours]</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="204"/>
        <location filename="../govledger/ui/conflict_dialog.py" line="210"/>
        <source>[package]</source>
        <translation>[package]</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="206"/>
        <source>[field by field]</source>
        <translation>[field by field]</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="211"/>
        <source>[open]</source>
        <translation>[open]</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="243"/>
        <source>(deleted in this ledger)</source>
        <translation>(deleted in this ledger)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="244"/>
        <source>(deleted in the package)</source>
        <translation>(deleted in the package)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="267"/>
        <source>Package&apos;s (changed there only)</source>
        <translation>Package&apos;s (changed there only)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="268"/>
        <source>Ours (changed here only)</source>
        <translation>Ours (changed here only)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="273"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="274"/>
        <source>This ledger&apos;s</source>
        <translation>This ledger&apos;s</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="275"/>
        <source>The package&apos;s</source>
        <translation>The package&apos;s</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="293"/>
        <source>{kind} from {unit}&apos;s package {name}, found {at}.</source>
        <translation>{kind} from {unit}&apos;s package {name}, found {at}.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="301"/>
        <source>Taking the package&apos;s version also brings back {count} records below it.</source>
        <translation>Taking the package&apos;s version also brings back {count} records below it.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="371"/>
        <source>{chosen} of {total} decided.</source>
        <translation>{chosen} of {total} decided.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/conflict_dialog.py" line="384"/>
        <source>Resolve {count} merge conflicts</source>
        <translation>Resolve {count} merge conflicts</translation>
    </message>
</context>
<context>
    <name>MissingScheduleNotice</name>
    <message>
        <location filename="../govledger/ui/schedule_notice.py" line="30"/>
        <source>Enter the holidays…</source>
        <translation>Enter the holidays…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/schedule_notice.py" line="50"/>
        <source>The {year} holidays have not been entered: working days are counted Monday to Friday.</source>
        <translation>The {year} holidays have not been entered: working days are counted Monday to Friday.</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../govledger/ui/month_grid.py" line="78"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../govledger/ui/month_grid.py" line="79"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../govledger/ui/month_grid.py" line="80"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../govledger/ui/month_grid.py" line="81"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../govledger/ui/month_grid.py" line="82"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../govledger/ui/month_grid.py" line="83"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../govledger/ui/month_grid.py" line="84"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../govledger/ui/month_grid.py" line="87"/>
        <source>off</source>
        <comment>holiday badge</comment>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../govledger/ui/month_grid.py" line="88"/>
        <source>work</source>
        <comment>make-up workday badge</comment>
        <translation>work</translation>
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
        <location filename="../govledger/ui/rollover_wizard.py" line="120"/>
        <source>Which plans?</source>
        <translation>Which plans?</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="123"/>
        <source>Last year&apos;s plan is reviewed; what is carried over goes into this year&apos;s plan.</source>
        <translation>Last year&apos;s plan is reviewed; what is carried over goes into this year&apos;s plan.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="132"/>
        <source>Last year&apos;s plan</source>
        <translation>Last year&apos;s plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="133"/>
        <source>This year&apos;s plan</source>
        <translation>This year&apos;s plan</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="145"/>
        <source>Choose two different plans.</source>
        <translation>Choose two different plans.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="149"/>
        <source>{count} requirements of last year&apos;s plan are still open.</source>
        <translation>{count} requirements of last year&apos;s plan are still open.</translation>
    </message>
</context>
<context>
    <name>ProgressLog</name>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="194"/>
        <source>Reporting unit</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="196"/>
        <source>What was done, e.g. published on the portal…</source>
        <translation>What was done, e.g. published on the portal…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="198"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="201"/>
        <location filename="../govledger/ui/progress_log.py" line="296"/>
        <source>Delete note</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="205"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="207"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="252"/>
        <source>Add progress note</source>
        <translation>Add progress note</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="296"/>
        <source>Delete the selected progress note?</source>
        <translation>Delete the selected progress note?</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="306"/>
        <source>Delete progress note</source>
        <translation>Delete progress note</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="79"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="79"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="79"/>
        <source>Work carried out</source>
        <translation>Work carried out</translation>
    </message>
    <message>
        <location filename="../govledger/ui/progress_log.py" line="132"/>
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
        <location filename="../govledger/ui/reminder_panel.py" line="31"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_panel.py" line="32"/>
        <source>Reminder sheets…</source>
        <translation>Reminder sheets…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_panel.py" line="35"/>
        <source>Hide until tomorrow</source>
        <translation>Hide until tomorrow</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_panel.py" line="57"/>
        <source>No deadline is overdue or due soon.</source>
        <translation>No deadline is overdue or due soon.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/reminder_panel.py" line="61"/>
        <source>Today {date}: {overdue} deadlines overdue, {soon} due within {days} working days, across {units} units.</source>
        <translation>Today {date}: {overdue} deadlines overdue, {soon} due within {days} working days, across {units} units.</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <location filename="../govledger/ui/reminder_summary.py" line="157"/>
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
        <source>Working days</source>
        <translation>Working days</translation>
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
        <location filename="../govledger/ui/report_editor.py" line="72"/>
        <source>Yearly disclosure report (政府信息公开工作年度报告)</source>
        <translation>Yearly disclosure report (政府信息公开工作年度报告)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="76"/>
        <source>organisation, as in the title</source>
        <translation>organisation, as in the title</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="78"/>
        <source>Export &amp;Word…</source>
        <translation>Export &amp;Word…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="79"/>
        <source>Export E&amp;xcel…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="96"/>
        <source>Text (一, 五, 六)</source>
        <translation>Text (一, 五, 六)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="105"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="108"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="115"/>
        <source>Cross-checks</source>
        <translation>Cross-checks</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="162"/>
        <source>The register counts {count}; adjusted by {delta:+d} because: {reason}</source>
        <translation>The register counts {count}; adjusted by {delta:+d} because: {reason}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="165"/>
        <source>The register counts {count}; adjusted by {delta:+d}</source>
        <translation>The register counts {count}; adjusted by {delta:+d}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="178"/>
        <source>Table 2 · proactive disclosure</source>
        <translation>Table 2 · proactive disclosure</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="179"/>
        <source>Table 3 · requests</source>
        <translation>Table 3 · requests</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="180"/>
        <source>Table 4 · review and litigation</source>
        <translation>Table 4 · review and litigation</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="197"/>
        <source>“{part}” still has 〔…〕 to fill in</source>
        <translation>“{part}” still has 〔…〕 to fill in</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="200"/>
        <source>✓ Every cross-check of the tables holds.</source>
        <translation>✓ Every cross-check of the tables holds.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="231"/>
        <source>A whole number (a count) is needed here, not “{text}”.</source>
        <translation>A whole number (a count) is needed here, not “{text}”.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="237"/>
        <source>Adjust table 3</source>
        <translation>Adjust table 3</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="242"/>
        <source>Enter a report figure</source>
        <translation>Enter a report figure</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="254"/>
        <source>Reason for the adjustment…</source>
        <translation>Reason for the adjustment…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="257"/>
        <location filename="../govledger/ui/report_editor.py" line="282"/>
        <source>Use the register&apos;s count</source>
        <translation>Use the register&apos;s count</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="270"/>
        <source>Reason for the adjustment</source>
        <translation>Reason for the adjustment</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="270"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="275"/>
        <source>Reason for an adjustment</source>
        <translation>Reason for an adjustment</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="293"/>
        <source>Edit the report&apos;s organisation</source>
        <translation>Edit the report&apos;s organisation</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="301"/>
        <source>{year} government information disclosure report</source>
        <translation>{year} government information disclosure report</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="303"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="313"/>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="317"/>
        <source>{count} cross-checks of the statistics fail:</source>
        <translation>{count} cross-checks of the statistics fail:</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="322"/>
        <source>A report filed with figures that do not add up has to be corrected later. Export it anyway?</source>
        <translation>A report filed with figures that do not add up has to be corrected later. Export it anyway?</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="328"/>
        <source>Export anyway</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="329"/>
        <source>Go back and correct</source>
        <translation>Go back and correct</translation>
    </message>
    <message>
        <location filename="../govledger/ui/report_editor.py" line="355"/>
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
        <location filename="../govledger/ui/requirement_form.py" line="70"/>
        <source>e.g. 10月底前, 全年, 每季度</source>
        <translation>e.g. 10月底前, 全年, 每季度</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="77"/>
        <source>No due date</source>
        <translation>No due date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="103"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="104"/>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="105"/>
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="106"/>
        <source>Lead units</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="107"/>
        <source>Cooperating</source>
        <translation>Cooperating</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="108"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="110"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="111"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="112"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="121"/>
        <source>Change lead units</source>
        <translation>Change lead units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="124"/>
        <source>Change cooperating units</source>
        <translation>Change cooperating units</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="197"/>
        <source>Save typed changes</source>
        <translation>Save typed changes</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="224"/>
        <source>As printed: {label}</source>
        <translation>As printed: {label}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="292"/>
        <source>No time limit written.</source>
        <translation>No time limit written.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="297"/>
        <source>due {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="301"/>
        <source>counted from an event</source>
        <translation>counted from an event</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="306"/>
        <source>Not understood as a date; pick the due date below.</source>
        <translation>Not understood as a date; pick the due date below.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="348"/>
        <source>Edit number</source>
        <translation>Edit number</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="353"/>
        <source>Edit requirement text</source>
        <translation>Edit requirement text</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="363"/>
        <source>Change time limit</source>
        <translation>Change time limit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="371"/>
        <source>Change due date</source>
        <translation>Change due date</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="380"/>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../govledger/ui/requirement_form.py" line="400"/>
        <source>Change progress</source>
        <translation>Change progress</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="39"/>
        <source>Daily, on start</source>
        <translation>Daily, on start</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="40"/>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="41"/>
        <source>Before a merge</source>
        <translation>Before a merge</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="42"/>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="43"/>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="46"/>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_safety.py" line="136"/>
        <location filename="../govledger/ui/restore_dialog.py" line="54"/>
        <source>Backups and restore</source>
        <translation>Backups and restore</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="60"/>
        <source>Backups are made every day on start and before every import and merge, and kept: all of the last day, one a day for a week, one a week for two months, one a month for two years. Restoring first backs up the ledger as it is now.</source>
        <translation>Backups are made every day on start and before every import and merge, and kept: all of the last day, one a day for a week, one a week for two months, one a month for two years. Restoring first backs up the ledger as it is now.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="71"/>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="72"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="73"/>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="74"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="75"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="87"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="88"/>
        <source>Restore the selected backup…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="110"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="110"/>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../govledger/ui/restore_dialog.py" line="156"/>
        <source>Replace the whole ledger with the backup of {time} ({plans} plans, {tasks} tasks)? The ledger as it is now is backed up first, and edits cannot be undone across a restore.</source>
        <translation>Replace the whole ledger with the backup of {time} ({plans} plans, {tasks} tasks)? The ledger as it is now is backed up first, and edits cannot be undone across a restore.</translation>
    </message>
</context>
<context>
    <name>ReviewLists</name>
    <message>
        <location filename="../govledger/ui/draft_review_lists.py" line="45"/>
        <source>Text not imported</source>
        <translation>Text not imported</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_review_lists.py" line="45"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_review_lists.py" line="45"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_review_lists.py" line="54"/>
        <source>Add as requirement</source>
        <translation>Add as requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_review_lists.py" line="56"/>
        <source>Adds the chosen line as a requirement after the selected row</source>
        <translation>Adds the chosen line as a requirement after the selected row</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_review_lists.py" line="88"/>
        <source>No warnings: the plan was read without doubts.</source>
        <translation>No warnings: the plan was read without doubts.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_review_lists.py" line="91"/>
        <source>To review ({count})</source>
        <translation>To review ({count})</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_review_lists.py" line="112"/>
        <source>Nothing left out: every line is in the plan.</source>
        <translation>Nothing left out: every line is in the plan.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/draft_review_lists.py" line="115"/>
        <source>Not imported ({count})</source>
        <translation>Not imported ({count})</translation>
    </message>
</context>
<context>
    <name>Rollover</name>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="54"/>
        <source>Carry over as new</source>
        <translation>Carry over as new</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="55"/>
        <source>Close (give a reason)</source>
        <translation>Close (give a reason)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="56"/>
        <source>Not applicable (reason)</source>
        <translation>Not applicable (reason)</translation>
    </message>
</context>
<context>
    <name>RolloverWizard</name>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="73"/>
        <source>Review last year&apos;s plan (回头看)</source>
        <translation>Review last year&apos;s plan (回头看)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="104"/>
        <source>Review of last year&apos;s plan</source>
        <translation>Review of last year&apos;s plan</translation>
    </message>
</context>
<context>
    <name>SafetyNotices</name>
    <message>
        <location filename="../govledger/ui/ledger_safety.py" line="32"/>
        <source>Read-only: the ledger is open for changes in another window or on another computer</source>
        <translation>Read-only: the ledger is open for changes in another window or on another computer</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_safety.py" line="40"/>
        <source>Network folder: safe journal mode in use</source>
        <translation>Network folder: safe journal mode in use</translation>
    </message>
    <message>
        <location filename="../govledger/ui/ledger_safety.py" line="45"/>
        <source>Recovered from backup {backup}; the damaged file is kept as {aside}</source>
        <translation>Recovered from backup {backup}; the damaged file is kept as {aside}</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="62"/>
        <source>Connect to the unit&apos;s server ledger</source>
        <translation>Connect to the unit&apos;s server ledger</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="68"/>
        <source>server name or IP, or paste a postgresql:// address</source>
        <translation>server name or IP, or paste a postgresql:// address</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="81"/>
        <source>e.g. govledger</source>
        <translation>e.g. govledger</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="87"/>
        <source>Encrypt if the server can</source>
        <translation>Encrypt if the server can</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="88"/>
        <source>Always encrypt</source>
        <translation>Always encrypt</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="89"/>
        <source>Encrypt and verify the server&apos;s certificate</source>
        <translation>Encrypt and verify the server&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="90"/>
        <source>No encryption</source>
        <translation>No encryption</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="94"/>
        <source>Remember the password (kept in Windows Credential Manager)</source>
        <translation>Remember the password (kept in Windows Credential Manager)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="105"/>
        <source>Ask your IT administrator for the server, database and user name. The password is never saved in the settings.</source>
        <translation>Ask your IT administrator for the server, database and user name. The password is never saved in the settings.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="114"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="115"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="116"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="117"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="118"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="119"/>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="132"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="133"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="241"/>
        <source>Connecting to {server}…</source>
        <translation>Connecting to {server}…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/server_dialog.py" line="260"/>
        <source>Connected to {server}. Click Connect to open the ledger.</source>
        <translation>Connected to {server}. Click Connect to open the ledger.</translation>
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
    <name>StaleEditDialog</name>
    <message>
        <location filename="../govledger/ui/stale_edit_dialog.py" line="61"/>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../govledger/ui/stale_edit_dialog.py" line="68"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../govledger/ui/stale_edit_dialog.py" line="68"/>
        <source>My change</source>
        <translation>My change</translation>
    </message>
    <message>
        <location filename="../govledger/ui/stale_edit_dialog.py" line="68"/>
        <source>Saved version</source>
        <translation>Saved version</translation>
    </message>
    <message>
        <location filename="../govledger/ui/stale_edit_dialog.py" line="89"/>
        <source>Keep my changes</source>
        <translation>Keep my changes</translation>
    </message>
    <message>
        <location filename="../govledger/ui/stale_edit_dialog.py" line="90"/>
        <source>Use the saved version</source>
        <translation>Use the saved version</translation>
    </message>
    <message>
        <location filename="../govledger/ui/stale_edit_dialog.py" line="91"/>
        <source>Save what I typed over the version saved now.</source>
        <translation>Save what I typed over the version saved now.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/stale_edit_dialog.py" line="92"/>
        <source>Discard what I typed and show the saved version.</source>
        <translation>Discard what I typed and show the saved version.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/stale_edit_dialog.py" line="96"/>
        <source>Save nothing now; keep what I typed.</source>
        <translation>Save nothing now; keep what I typed.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="335"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="337"/>
        <source>Apply makes all these changes in one step; Undo takes them back.</source>
        <translation>Apply makes all these changes in one step; Undo takes them back.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="340"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="352"/>
        <source>Continue in this year&apos;s matching requirement: {count}</source>
        <translation>Continue in this year&apos;s matching requirement: {count}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/rollover_wizard.py" line="367"/>
        <source>(time limit to set anew)</source>
        <translation>(time limit to set anew)</translation>
    </message>
</context>
<context>
    <name>TaskCells</name>
    <message>
        <location filename="../govledger/ui/task_cells.py" line="148"/>
        <source>Responsible: {units}</source>
        <translation>Responsible: {units}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_cells.py" line="171"/>
        <source>{count} overdue</source>
        <translation>{count} overdue</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_cells.py" line="176"/>
        <source>All done</source>
        <translation>All done</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_cells.py" line="181"/>
        <source>{text}
{done} of {total} requirements done</source>
        <translation>{text}
{done} of {total} requirements done</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_cells.py" line="139"/>
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
        <location filename="../govledger/ui/task_operations.py" line="56"/>
        <source>Add requirement</source>
        <translation>Add requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="57"/>
        <source>New requirement</source>
        <translation>New requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="78"/>
        <source>Add heading</source>
        <translation>Add heading</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="78"/>
        <source>New heading</source>
        <translation>New heading</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="104"/>
        <source>Delete “{title}” with its sub-tasks, progress notes and evidence records?</source>
        <translation>Delete “{title}” with its sub-tasks, progress notes and evidence records?</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="108"/>
        <source>Delete {count} tasks with their sub-tasks, progress notes and evidence records?</source>
        <translation>Delete {count} tasks with their sub-tasks, progress notes and evidence records?</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="111"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="114"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="129"/>
        <source>Delete task</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="129"/>
        <source>Delete tasks</source>
        <translation>Delete tasks</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="157"/>
        <source>Indent</source>
        <translation>Indent</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="167"/>
        <source>Outdent</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="174"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_operations.py" line="180"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../govledger/ui/task_tree_model.py" line="376"/>
        <source>Edit number</source>
        <translation>Edit number</translation>
    </message>
    <message>
        <location filename="../govledger/ui/task_tree_model.py" line="376"/>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
</context>
<context>
    <name>TreeFiltering</name>
    <message>
        <location filename="../govledger/ui/tree_filtering.py" line="48"/>
        <source>Filters apply once the plan is indexed…</source>
        <translation>Filters apply once the plan is indexed…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/tree_filtering.py" line="52"/>
        <source>{count} requirements match</source>
        <translation>{count} requirements match</translation>
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
    <name>UnitDirectory</name>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="49"/>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="50"/>
        <source>Internal office (科室)</source>
        <translation>Internal office (科室)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="51"/>
        <source>Grassroots unit (基层单位)</source>
        <translation>Grassroots unit (基层单位)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="54"/>
        <source>Public institution (事业单位)</source>
        <translation>Public institution (事业单位)</translation>
    </message>
</context>
<context>
    <name>UnitDirectoryDialog</name>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="170"/>
        <source>Unit directory</source>
        <translation>Unit directory</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="186"/>
        <source>Double-click a name to rename it everywhere, or a kind to change it: “各科室” reaches every internal office. To merge units that are the same office, select them, choose the name to keep and press Merge.</source>
        <translation>Double-click a name to rename it everywhere, or a kind to change it: “各科室” reaches every internal office. To merge units that are the same office, select them, choose the name to keep and press Merge.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="196"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="199"/>
        <source>Merge selected into</source>
        <translation>Merge selected into</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="244"/>
        <source>Merge units into “{name}”</source>
        <translation>Merge units into “{name}”</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../govledger/ui/unit_picker.py" line="37"/>
        <source>Type or pick units, separated by 、</source>
        <translation>Type or pick units, separated by 、</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_picker.py" line="40"/>
        <source>Pick from the unit directory</source>
        <translation>Pick from the unit directory</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_picker.py" line="85"/>
        <source>(the unit directory is empty)</source>
        <translation>(the unit directory is empty)</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="104"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="104"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="104"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="115"/>
        <source>Stands for: {kind}</source>
        <translation>Stands for: {kind}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="123"/>
        <source>A collective name: filters, unit packages and reminder sheets reach every unit of this kind instead (其他…: those not named beside it).</source>
        <translation>A collective name: filters, unit packages and reminder sheets reach every unit of this kind instead (其他…: those not named beside it).</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="150"/>
        <source>Rename unit “{old}” to “{new}”</source>
        <translation>Rename unit “{old}” to “{new}”</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unit_directory_dialog.py" line="160"/>
        <source>Set the kind of “{name}”</source>
        <translation>Set the kind of “{name}”</translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <location filename="../govledger/ui/unsaved_edits.py" line="44"/>
        <source>Unsaved progress note</source>
        <translation>Unsaved progress note</translation>
    </message>
    <message>
        <location filename="../govledger/ui/unsaved_edits.py" line="45"/>
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
        <location filename="../govledger/ui/welcome_page.py" line="60"/>
        <source>Welcome to govledger</source>
        <translation>Welcome to govledger</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="64"/>
        <source>Start with the plan your office received (分工方案, a Word or Excel file, a web page or a PDF): govledger reads its duties, units and deadlines, and you check them before anything is saved.</source>
        <translation>Start with the plan your office received (分工方案, a Word or Excel file, a web page or a PDF): govledger reads its duties, units and deadlines, and you check them before anything is saved.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="71"/>
        <source>Import plan… (Ctrl+I)</source>
        <translation>Import plan… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="74"/>
        <source>Start a blank plan…</source>
        <translation>Start a blank plan…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="76"/>
        <source>Open the demo ledger</source>
        <translation>Open the demo ledger</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="78"/>
        <source>A separate ledger with a sample plan and its work; yours stays empty.</source>
        <translation>A separate ledger with a sample plan and its work; yours stays empty.</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="83"/>
        <source>Your ledger: the server ledger {location}
Backups: kept on the server by your IT administrator</source>
        <translation>Your ledger: the server ledger {location}
Backups: kept on the server by your IT administrator</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="87"/>
        <source>Your ledger: {ledger}
Backups: {backups}</source>
        <translation>Your ledger: {ledger}
Backups: {backups}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="131"/>
        <source>The demo ledger could not be made: {detail}</source>
        <translation>The demo ledger could not be made: {detail}</translation>
    </message>
    <message>
        <location filename="../govledger/ui/welcome_page.py" line="136"/>
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
        <source>Connect to the unit&apos;s server ledger…</source>
        <translation>Connect to the unit&apos;s server ledger…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="41"/>
        <source>Export evi&amp;dence pack…</source>
        <translation>Export evi&amp;dence pack…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="45"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="50"/>
        <source>&amp;Export and print…</source>
        <translation>&amp;Export and print…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="55"/>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="60"/>
        <source>&amp;Backups and restore…</source>
        <translation>&amp;Backups and restore…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="64"/>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="70"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="75"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="80"/>
        <source>&amp;Add requirement</source>
        <translation>&amp;Add requirement</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="86"/>
        <source>Add &amp;heading</source>
        <translation>Add &amp;heading</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="91"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="99"/>
        <source>&amp;Indent</source>
        <translation>&amp;Indent</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="104"/>
        <source>&amp;Outdent</source>
        <translation>&amp;Outdent</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="109"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="115"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="121"/>
        <source>&amp;Edit text</source>
        <translation>&amp;Edit text</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="124"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="129"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="134"/>
        <source>Show &amp;filter bar</source>
        <translation>Show &amp;filter bar</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="139"/>
        <source>&amp;My unit only</source>
        <translation>&amp;My unit only</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="144"/>
        <source>&amp;Wrap long text</source>
        <translation>&amp;Wrap long text</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="150"/>
        <source>E&amp;xpand all</source>
        <translation>E&amp;xpand all</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="155"/>
        <source>C&amp;ollapse all</source>
        <translation>C&amp;ollapse all</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="160"/>
        <source>&amp;Unit directory…</source>
        <translation>&amp;Unit directory…</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="190"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="203"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="209"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="215"/>
        <source>Co&amp;lumns</source>
        <translation>Co&amp;lumns</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="220"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../govledger/ui/window_actions.py" line="236"/>
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

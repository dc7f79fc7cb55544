<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EstimateView</name>
    <message numerus="yes">
        <location filename="../claimdesk/ui/estimate_view.py" line="+276"/>
        <source>You lost about %n order(s).</source>
        <translation>
            <numerusform>You lost about %n order.</numerusform>
            <numerusform>You lost about %n orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>added up over %n opening day(s)</source>
        <translation>
            <numerusform>added up over %n opening day</numerusform>
            <numerusform>added up over %n opening days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n outage(s) still running are not counted until the service is back.</source>
        <translation>
            <numerusform>%n outage still running is not counted until the service is back.</numerusform>
            <numerusform>%n outages still running are not counted until the service is back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../claimdesk/ui/main_window.py" line="+279"/>
        <source>%n outage(s)</source>
        <translation>
            <numerusform>%n outage</numerusform>
            <numerusform>%n outages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>&lt;b&gt;%n&lt;/b&gt; outage(s) not yet claimed</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; outage not yet claimed</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; outages not yet claimed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n claim(s) waiting for an answer</source>
        <translation>
            <numerusform>%n claim waiting for an answer</numerusform>
            <numerusform>%n claims waiting for an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n answer(s) overdue</source>
        <translation>
            <numerusform>%n answer overdue</numerusform>
            <numerusform>%n answers overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Select at most %n outages for an estimate.</source>
        <translation>
            <numerusform>Select at most %n outage for an estimate.</numerusform>
            <numerusform>Select at most %n outages for an estimate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>Delete %n outage(s)? Their evidence files stay in the file if another outage uses them.</source>
        <translation>
            <numerusform>Delete %n outage? Its evidence files stay in the file if another outage uses them.</numerusform>
            <numerusform>Delete %n outages? Their evidence files stay in the file if another outage uses them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n outage(s) deleted.</source>
        <translation>
            <numerusform>%n outage deleted.</numerusform>
            <numerusform>%n outages deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n evidence file(s) removed.</source>
        <translation>
            <numerusform>%n evidence file removed.</numerusform>
            <numerusform>%n evidence files removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchdogController</name>
    <message numerus="yes">
        <location filename="../claimdesk/ui/watchdog_ui.py" line="+186"/>
        <source>E-mail outage added from %n bounce message(s).</source>
        <translation>
            <numerusform>E-mail outage added from %n bounce message.</numerusform>
            <numerusform>E-mail outage added from %n bounce messages.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../cli.py" line="36"/>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="53"/>
        <source>unknown CSV preset {name}; choose one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="100"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="101"/>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="102"/>
        <source>REFUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="110"/>
        <source>{imported} imported ({interactions} interactions), {duplicates} duplicates, {refused} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="118"/>
        <source>Import stopped: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="130"/>
        <source>no {what} named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="138"/>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="139"/>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="155"/>
        <source>{count} interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="164"/>
        <source>no interaction with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="218"/>
        <source>Demo data loaded from {folder}: {count} new interactions, {evaluations} evaluations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="258"/>
        <source>skipped {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="284"/>
        <source>Nothing to transcribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="297"/>
        <source>interaction {id} has no transcript; run qa-studio transcribe {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="302"/>
        <source>Your role may not see unmasked transcripts: sensitive numbers are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="360"/>
        <source>{file}: valid ({count} criteria)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="388"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="393"/>
        <source>name the scorecard key to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="410"/>
        <source>unknown action {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="436"/>
        <source>cannot read {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="438"/>
        <source>{file} must hold a JSON list of evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="469"/>
        <source>#{record}: evaluation {id} scored {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="487"/>
        <source>--strata takes channel:share pairs such as call:0.6,chat:0.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="533"/>
        <source>SHORT  {agent}: {available} of {wanted} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="534"/>
        <source>{count} sampled, {stored} assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="575"/>
        <source>QA Studio: local-first quality assurance for contact centres. Without a command, opens the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="582"/>
        <source>database URL (default: ${var}, else the embedded SQLite file in your data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="593"/>
        <source>print machine-readable JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="596"/>
        <source>import recordings, chat logs and e-mails (files or folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="598"/>
        <source>agent for files that do not name one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="599"/>
        <source>team for files that do not name one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="600"/>
        <source>queue for files that do not name one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="601"/>
        <source>start date/time for files that do not give one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="602"/>
        <source>customer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="603"/>
        <source>CSV with one row per file: file, agent, team, queue, date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="605"/>
        <source>file-name pattern, e.g. {agent}_{date:%%Y%%m%%d-%%H%%M%%S}_{customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="607"/>
        <source>column mapping for CSV chat logs (default: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="608"/>
        <source>copy recordings into the managed media library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="610"/>
        <source>list interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="617"/>
        <source>free text in names, ids, subjects and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="620"/>
        <source>show one interaction with its messages or recording details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="623"/>
        <source>load demo teams, agents, chats, e-mails and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="624"/>
        <source>where to write the demo files (default: your data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="626"/>
        <source>transcribe calls on this computer (queued jobs run one at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="627"/>
        <source>interaction ids of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="628"/>
        <source>every call without a transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="629"/>
        <source>base, tiny.en, a model folder, or a catalogue key (see qa-studio models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="630"/>
        <source>force a language such as en or zh (default: detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="632"/>
        <source>do not skip silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="633"/>
        <source>initial prompt or glossary of product names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="634"/>
        <source>stereo side of the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="637"/>
        <source>print or save a call&apos;s current transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="640"/>
        <source>mask card, phone and ID numbers and e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="643"/>
        <source>list the transcription models available on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="645"/>
        <source>score and submit evaluations from an answers file (JSON), e.g. historical ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="649"/>
        <source>draw a reproducible sample per agent and assign it to reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="650"/>
        <source>interactions per agent (default 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="651"/>
        <source>a percentage of each agent&apos;s interactions instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="652"/>
        <source>with --percent: at least this many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="653"/>
        <source>channel shares, e.g. call:0.6,chat:0.4 (short strata fall back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="659"/>
        <source>comma-separated reviewer names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="661"/>
        <source>most open items per reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="663"/>
        <source>label such as 2026-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="664"/>
        <source>show the sample without assigning it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="666"/>
        <source>print the audit log: who changed what, when (old → new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="667"/>
        <source>evaluation, interaction, scorecard_version, import_batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="669"/>
        <source>CSV for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="671"/>
        <source>validate, import, list, export or retire scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="674"/>
        <source>with export: which version (default: the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="676"/>
        <source>with validate: print only problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.py" line="678"/>
        <source>open the app (the default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="40"/>
        <source>QA Studio cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionWidget</name>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="71"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="72"/>
        <source>Answer as suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="80"/>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="81"/>
        <source>Root cause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="86"/>
        <source>Comment on this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="114"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="114"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="116"/>
        <source>N/&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="129"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="137"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="180"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="180"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="182"/>
        <source>Suggested: &lt;b&gt;{answer}&lt;/b&gt; — {evidence}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="47"/>
        <source>Columns of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="53"/>
        <source>Cannot read the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="64"/>
        <source>detected (ISO 8601, 2024/03/01 10:02, epoch…) or e.g. %d/%m/%Y %H:%M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="66"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="67"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="68"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="69"/>
        <source>Role (agent / customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="70"/>
        <source>Conversation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="71"/>
        <source>Time format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="80"/>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="90"/>
        <source>Which column holds what? The role column is optional: without it, QA Studio decides who is the agent by a rule you can correct later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="103"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="114"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="114"/>
        <source>Choose three different columns for time, author and text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="26"/>
        <source>Search names, ids, subjects and messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="28"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="30"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="30"/>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="31"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="31"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="32"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="32"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="35"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="35"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="39"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="44"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="44"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="49"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="56"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/imports/dialog.py" line="61"/>
        <source>Import recordings, chats and e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="72"/>
        <source>Files and folders to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="74"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="75"/>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="76"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="85"/>
        <source>For files that do not say it themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="87"/>
        <location filename="../ui/imports/dialog.py" line="100"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="88"/>
        <location filename="../ui/imports/dialog.py" line="101"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="91"/>
        <source>Set a start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="102"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="103"/>
        <source>Customer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="104"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="106"/>
        <source>Per-file details and formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="109"/>
        <source>CSV with columns file, agent, team, queue, date, customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="110"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="123"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="125"/>
        <source>Preset: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="126"/>
        <source>Custom columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="128"/>
        <source>Copy recordings into QA Studio&apos;s media library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="130"/>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="131"/>
        <location filename="../ui/imports/dialog.py" line="290"/>
        <source>File-name pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="133"/>
        <source>CSV chat columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="148"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="151"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="153"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="192"/>
        <source>Choose recordings, chat logs or e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="195"/>
        <source>Supported files (*.wav *.mp3 *.m4a *.aac *.flac *.ogg *.opus *.csv *.json *.txt *.eml *.mbox);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="204"/>
        <source>Choose a folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="211"/>
        <source>Choose a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="211"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="231"/>
        <source>Add a file to preview what the pattern reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="235"/>
        <source>{name} does not match the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="238"/>
        <source>{name} → {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="245"/>
        <source>Custom columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="245"/>
        <source>Add a CSV chat log first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="283"/>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="283"/>
        <source>Add files or folders first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="298"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="316"/>
        <source>Importing {done} of {total}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="322"/>
        <source>Cancelling after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="331"/>
        <source>{imported} imported, {duplicates} duplicates, {refused} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="337"/>
        <source>Cancelled: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="339"/>
        <source>Stopped: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="340"/>
        <source>Import stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="349"/>
        <location filename="../ui/imports/dialog.py" line="350"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <location filename="../ui/imports/results_model.py" line="15"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/results_model.py" line="16"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/results_model.py" line="17"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/results_model.py" line="20"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/results_model.py" line="21"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imports/results_model.py" line="22"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionColumns</name>
    <message>
        <location filename="../ui/interactions/model.py" line="34"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="35"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="36"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="37"/>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="40"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="41"/>
        <source>Transcribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="42"/>
        <source>Evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="65"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="68"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="75"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="80"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="81"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="82"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="85"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="94"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="101"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="108"/>
        <source>Subject / first words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="113"/>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="65"/>
        <source>Who is who (decided by a rule; correct it if it is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="70"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="76"/>
        <source>&amp;Score this interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="79"/>
        <source>Score this interaction (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="88"/>
        <source>Interaction not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="89"/>
        <source>This interaction no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="93"/>
        <source>Interaction {id} — {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="100"/>
        <location filename="../ui/interactions/detail_dialog.py" line="146"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="101"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="102"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="103"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="104"/>
        <location filename="../ui/interactions/detail_dialog.py" line="146"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="105"/>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="106"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="146"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="149"/>
        <source>Role of {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="167"/>
        <source>Role not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="189"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="190"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="191"/>
        <source>Sample rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="192"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="192"/>
        <source>stereo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="193"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="194"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="195"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="197"/>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="198"/>
        <source>copied into the media library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="198"/>
        <source>by reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="204"/>
        <source>No messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionList</name>
    <message>
        <location filename="../ui/interactions/list_view.py" line="26"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="179"/>
        <source>Transcription jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="184"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="185"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="58"/>
        <source>QA Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="77"/>
        <source>Database: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="80"/>
        <source>Transcription jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="114"/>
        <source>Resuming {count} interrupted transcription(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="139"/>
        <source>Select one or more calls first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="150"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="154"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="157"/>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="160"/>
        <source>&amp;Transcribe selected calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="164"/>
        <source>Transcribe selected calls &amp;with options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="166"/>
        <source>Transcribe all &amp;untranscribed calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="168"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="171"/>
        <source>&amp;About QA Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="174"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="179"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="182"/>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="186"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="189"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="207"/>
        <source>1 interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="207"/>
        <source>{count} interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="210"/>
        <source>{shown} of {total} interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="213"/>
        <source>Database problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="253"/>
        <source>Cannot score this interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="277"/>
        <source>Loading demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="283"/>
        <source>Welcome to QA Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="285"/>
        <source>The database is empty. Load demo data (two teams, six agents, chats, e-mails and calls) to explore QA Studio? You can import your own recordings and chat logs at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="295"/>
        <source>Demo data loaded: {count} new interactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="303"/>
        <source>Demo data not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="308"/>
        <source>About QA Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="310"/>
        <source>QA Studio {version}
Local-first quality assurance for contact centres.
Recordings, transcripts and scores stay on this computer or your team&apos;s own database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="17"/>
        <location filename="../ui/transcripts/player_bar.py" line="50"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="19"/>
        <source>Play or pause (Ctrl+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="20"/>
        <source>−5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="21"/>
        <source>Back 5 seconds (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="22"/>
        <source>+5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="23"/>
        <source>Forward 5 seconds (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="26"/>
        <source>Playback position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="29"/>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="50"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtPlayer</name>
    <message>
        <location filename="../ui/transcripts/player.py" line="68"/>
        <source>The recording {path} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../ui/scoring/panel.py" line="85"/>
        <source>Overall comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="87"/>
        <source>Submit (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="114"/>
        <location filename="../ui/scoring/panel.py" line="185"/>
        <source>Submitted: score {score}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="128"/>
        <source>{score} so far — {count} to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="130"/>
        <source>passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="130"/>
        <source>does not pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="167"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="170"/>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="180"/>
        <source>Not submitted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscribeOptionsDialog</name>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="59"/>
        <source>Transcription options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="64"/>
        <location filename="../ui/transcripts/options_dialog.py" line="91"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="68"/>
        <source>Model folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="71"/>
        <location filename="../ui/transcripts/options_dialog.py" line="93"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="72"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="72"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="72"/>
        <source>Mandarin Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="77"/>
        <source>Left (channel 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="78"/>
        <source>Right (channel 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="80"/>
        <source>Skip silence (voice activity detection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="85"/>
        <source>1 is fastest; larger beams are slower and rarely more accurate on calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="87"/>
        <source>Product names and terms the model should expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="88"/>
        <source>Use this model by default for this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="94"/>
        <source>Agent&apos;s side of stereo calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="95"/>
        <source>Beam size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="96"/>
        <source>Glossary / prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="123"/>
        <source>Choose a Whisper (CTranslate2) model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="129"/>
        <source>Not a usable model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptColumns</name>
    <message>
        <location filename="../ui/transcripts/segment_model.py" line="21"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/segment_model.py" line="22"/>
        <location filename="../ui/transcripts/segment_model.py" line="28"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/segment_model.py" line="23"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/segment_model.py" line="26"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/segment_model.py" line="27"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../ui/transcripts/view.py" line="61"/>
        <source>Playback problem: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="67"/>
        <source>Find in transcript (Enter for next)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="69"/>
        <source>Mask card, phone and ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="73"/>
        <source>Your role may not see unmasked transcripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="75"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="88"/>
        <source>Transcript segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="106"/>
        <source>Words of the current segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="135"/>
        <source>Not transcribed yet: use Transcribe in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="140"/>
        <source>Transcript version {version}, {model}, language {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="152"/>
        <source>Agent talk {agent} · customer talk {customer} · agent share {ratio} · longest silence {silence} at {at} · overtalk {overtalk} · holds {holds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="177"/>
        <source>Correction not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="224"/>
        <source>No segment contains “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="241"/>
        <source>Export transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="245"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptionJobs</name>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="27"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="28"/>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="29"/>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="30"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="31"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="32"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="33"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="36"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="37"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="38"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="39"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="40"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

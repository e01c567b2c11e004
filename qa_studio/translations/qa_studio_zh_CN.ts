<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../files.py" line="40"/>
        <source>{file} is a symbolic link; QA Studio never writes through links</source>
        <translation>{file} 是符号链接；QA Studio 从不经由链接写入文件</translation>
    </message>
    <message>
        <location filename="../files.py" line="44"/>
        <source>{file} exists and is not a file</source>
        <translation>{file} 已存在且不是文件</translation>
    </message>
    <message>
        <location filename="../files.py" line="46"/>
        <location filename="../files.py" line="109"/>
        <source>{file} already exists; choose to overwrite it, or another name</source>
        <translation>{file} 已存在；请选择覆盖，或换一个文件名</translation>
    </message>
    <message>
        <location filename="../cli_report.py" line="34"/>
        <source>replace files that already exist (by default an existing file is kept and nothing is written)</source>
        <translation>替换已存在的文件（默认保留已有文件，不写入任何内容）</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="40"/>
        <source>with import-package: your package key, as the lead gave it to you</source>
        <translation>用于 import-package：组长交给您的数据包密钥</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="42"/>
        <source>with export-package and export-answers: replace a file that already exists</source>
        <translation>用于 export-package 和 export-answers：替换已存在的文件</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="222"/>
        <source>Package written to {file}: send it to each reviewer, and give each their own key by another way (in person, by phone or chat):</source>
        <translation>数据包已写入 {file}：请发给每位质检员，并通过其他途径（当面、电话或聊天）把各自的密钥交给他们：</translation>
    </message>
    <message>
        <location filename="../cli.py" line="42"/>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation>{value} 不是日期（请用 YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../cli.py" line="59"/>
        <source>unknown CSV preset {name}; choose one of {names}</source>
        <translation>未知的 CSV 预设 {name}；可选：{names}</translation>
    </message>
    <message>
        <location filename="../cli.py" line="106"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../cli.py" line="107"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../cli.py" line="108"/>
        <source>REFUSED</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../cli.py" line="116"/>
        <source>{imported} imported ({interactions} interactions), {duplicates} duplicates, {refused} refused</source>
        <translation>已导入 {imported} 个（{interactions} 条互动），重复 {duplicates} 个，拒绝 {refused} 个</translation>
    </message>
    <message>
        <location filename="../cli.py" line="124"/>
        <source>Import stopped: {error}</source>
        <translation>导入已停止：{error}</translation>
    </message>
    <message>
        <location filename="../cli.py" line="136"/>
        <source>no {what} named {name}</source>
        <translation>没有名为 {name} 的{what}</translation>
    </message>
    <message>
        <location filename="../cli.py" line="155"/>
        <source>agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../cli.py" line="156"/>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../cli.py" line="172"/>
        <source>{count} interactions</source>
        <translation>{count} 条互动</translation>
    </message>
    <message>
        <location filename="../cli.py" line="182"/>
        <source>no interaction with id {id}</source>
        <translation>没有 ID 为 {id} 的互动</translation>
    </message>
    <message>
        <location filename="../cli.py" line="200"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../cli.py" line="209"/>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../cli.py" line="230"/>
        <source>Transcribing {count} demo calls on this computer…</source>
        <translation>正在本机转写 {count} 个演示通话…</translation>
    </message>
    <message>
        <location filename="../cli.py" line="247"/>
        <source>Demo data loaded from {folder}: {count} new interactions, {evaluations} evaluations.</source>
        <translation>已从 {folder} 载入演示数据：新增 {count} 条互动，{evaluations} 份评估。</translation>
    </message>
    <message>
        <location filename="../cli.py" line="287"/>
        <source>skipped {reason}</source>
        <translation>已跳过：{reason}</translation>
    </message>
    <message>
        <location filename="../cli.py" line="292"/>
        <source>job {job}: {percent} %</source>
        <translation>任务 {job}：{percent} %</translation>
    </message>
    <message>
        <location filename="../cli.py" line="311"/>
        <source>job {job} (interaction {interaction}): {state}</source>
        <translation>任务 {job}（互动 {interaction}）：{state}</translation>
    </message>
    <message>
        <location filename="../cli.py" line="316"/>
        <source>Nothing to transcribe.</source>
        <translation>没有需要转写的内容。</translation>
    </message>
    <message>
        <location filename="../cli.py" line="329"/>
        <source>interaction {id} has no transcript; run qa-studio transcribe {id}</source>
        <translation>互动 {id} 还没有转写稿；请运行 qa-studio transcribe {id}</translation>
    </message>
    <message>
        <location filename="../cli.py" line="333"/>
        <source>Your role may not see unmasked transcripts: sensitive numbers are masked.</source>
        <translation>您的角色无权查看未脱敏的转写稿：敏感号码已遮盖。</translation>
    </message>
    <message>
        <location filename="../cli.py" line="391"/>
        <source>{file}: valid ({count} criteria)</source>
        <translation>{file}：有效（{count} 项评分标准）</translation>
    </message>
    <message>
        <location filename="../cli.py" line="419"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../cli.py" line="420"/>
        <source>{count} evaluations</source>
        <translation>{count} 份评分</translation>
    </message>
    <message>
        <location filename="../cli.py" line="425"/>
        <source>name the scorecard key to export</source>
        <translation>请指定要导出的评分表代码</translation>
    </message>
    <message>
        <location filename="../cli.py" line="442"/>
        <location filename="../cli_calibration.py" line="162"/>
        <source>unknown action {action}</source>
        <translation>未知操作 {action}</translation>
    </message>
    <message>
        <location filename="../cli.py" line="471"/>
        <location filename="../cli_calibration.py" line="67"/>
        <source>cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../cli.py" line="473"/>
        <source>{file} must hold a JSON list of evaluations</source>
        <translation>{file} 必须是评估记录的 JSON 列表</translation>
    </message>
    <message>
        <location filename="../cli.py" line="509"/>
        <source>#{record}: evaluation {id} scored {score}</source>
        <translation>第 {record} 条：评估 {id} 得分 {score}</translation>
    </message>
    <message>
        <location filename="../cli.py" line="527"/>
        <source>--strata takes channel:share pairs such as call:0.6,chat:0.4</source>
        <translation>--strata 需要“渠道:占比”对，例如 call:0.6,chat:0.4</translation>
    </message>
    <message>
        <location filename="../cli.py" line="573"/>
        <source>SHORT  {agent}: {available} of {wanted} ({reason})</source>
        <translation>不足  {agent}：{available} / {wanted}（{reason}）</translation>
    </message>
    <message>
        <location filename="../cli.py" line="574"/>
        <source>{count} sampled, {stored} assigned</source>
        <translation>已抽样 {count} 条，已分配 {stored} 条</translation>
    </message>
    <message>
        <location filename="../cli.py" line="589"/>
        <source>changed after it was written</source>
        <translation>写入后被改动</translation>
    </message>
    <message>
        <location filename="../cli.py" line="589"/>
        <source>an entry before it was removed or inserted</source>
        <translation>其前有条目被删除或插入</translation>
    </message>
    <message>
        <location filename="../cli.py" line="590"/>
        <source>written without its seal</source>
        <translation>写入时没有封印</translation>
    </message>
    <message>
        <location filename="../cli.py" line="592"/>
        <source>entry {id}: {problem}</source>
        <translation>条目 {id}：{problem}</translation>
    </message>
    <message>
        <location filename="../cli.py" line="594"/>
        <source>{count} entries checked, {problems} problem(s)</source>
        <translation>已检查 {count} 条，发现 {problems} 个问题</translation>
    </message>
    <message>
        <location filename="../cli.py" line="630"/>
        <source>QA Studio: local-first quality assurance for contact centres. Without a command, opens the app.</source>
        <translation>QA Studio：本地优先的联络中心质检工具。不带命令时打开应用程序。</translation>
    </message>
    <message>
        <location filename="../cli.py" line="636"/>
        <source>your name, where this computer&apos;s QA Studio has accounts with passwords (password from QA_STUDIO_PASSWORD or asked); elsewhere you are the database login or this computer&apos;s account</source>
        <translation>您的姓名（本机 QA Studio 设有密码账户时使用；密码取自 QA_STUDIO_PASSWORD 或当场询问）；其他情况下，您的身份是数据库登录名或本机账户</translation>
    </message>
    <message>
        <location filename="../cli.py" line="642"/>
        <source>database URL (default: ${var}, else the embedded SQLite file in your data folder)</source>
        <translation>数据库 URL（默认：${var}，否则使用数据文件夹中的内置 SQLite 文件）</translation>
    </message>
    <message>
        <location filename="../cli.py" line="653"/>
        <source>print machine-readable JSON</source>
        <translation>输出机器可读的 JSON</translation>
    </message>
    <message>
        <location filename="../cli.py" line="656"/>
        <source>import recordings, chat logs and e-mails (files or folders)</source>
        <translation>导入录音、聊天记录和电子邮件（文件或文件夹）</translation>
    </message>
    <message>
        <location filename="../cli.py" line="658"/>
        <source>agent for files that do not name one</source>
        <translation>未注明坐席的文件所属坐席</translation>
    </message>
    <message>
        <location filename="../cli.py" line="659"/>
        <source>team for files that do not name one</source>
        <translation>未注明团队的文件所属团队</translation>
    </message>
    <message>
        <location filename="../cli.py" line="660"/>
        <source>queue for files that do not name one</source>
        <translation>未注明队列的文件所属队列</translation>
    </message>
    <message>
        <location filename="../cli.py" line="661"/>
        <source>start date/time for files that do not give one</source>
        <translation>未给出开始时间的文件的开始日期/时间</translation>
    </message>
    <message>
        <location filename="../cli.py" line="662"/>
        <source>customer reference</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../cli.py" line="663"/>
        <source>CSV with one row per file: file, agent, team, queue, date…</source>
        <translation>每个文件一行的 CSV：文件、坐席、团队、队列、日期…</translation>
    </message>
    <message>
        <location filename="../cli.py" line="665"/>
        <source>file-name pattern, e.g. {agent}_{date:%%Y%%m%%d-%%H%%M%%S}_{customer}</source>
        <translation>文件名模式，例如 {agent}_{date:%%Y%%m%%d-%%H%%M%%S}_{customer}</translation>
    </message>
    <message>
        <location filename="../cli.py" line="667"/>
        <source>column mapping for CSV chat logs (default: detected)</source>
        <translation>CSV 聊天记录的列映射（默认：自动识别）</translation>
    </message>
    <message>
        <location filename="../cli.py" line="668"/>
        <source>copy recordings into the managed media library</source>
        <translation>将录音复制到受管理的媒体库</translation>
    </message>
    <message>
        <location filename="../cli.py" line="670"/>
        <source>list interactions</source>
        <translation>列出互动</translation>
    </message>
    <message>
        <location filename="../cli.py" line="677"/>
        <source>free text in names, ids, subjects and messages</source>
        <translation>在姓名、编号、主题和消息中全文搜索</translation>
    </message>
    <message>
        <location filename="../cli.py" line="680"/>
        <source>show one interaction with its messages or recording details</source>
        <translation>显示一条互动及其消息或录音详情</translation>
    </message>
    <message>
        <location filename="../cli.py" line="683"/>
        <source>load demo teams, agents, chats, e-mails and calls</source>
        <translation>载入演示用的团队、坐席、聊天、邮件和通话</translation>
    </message>
    <message>
        <location filename="../cli.py" line="684"/>
        <source>where to write the demo files (default: your data folder)</source>
        <translation>演示文件的写入位置（默认：您的数据文件夹）</translation>
    </message>
    <message>
        <location filename="../cli.py" line="686"/>
        <source>leave the demo calls queued instead of transcribing them now</source>
        <translation>将演示通话留在队列中，暂不转写</translation>
    </message>
    <message>
        <location filename="../cli.py" line="689"/>
        <source>transcribe calls on this computer (queued jobs run one at a time)</source>
        <translation>在本机转写通话（排队的任务逐个运行）</translation>
    </message>
    <message>
        <location filename="../cli.py" line="690"/>
        <source>interaction ids of calls</source>
        <translation>通话的互动 ID</translation>
    </message>
    <message>
        <location filename="../cli.py" line="691"/>
        <source>every call without a transcript</source>
        <translation>所有尚未转写的通话</translation>
    </message>
    <message>
        <location filename="../cli.py" line="692"/>
        <source>base, tiny.en, a model folder, or a catalogue key (see qa-studio models)</source>
        <translation>base、tiny.en、模型文件夹，或模型目录中的代码（见 qa-studio models）</translation>
    </message>
    <message>
        <location filename="../cli.py" line="693"/>
        <source>force a language such as en or zh (default: detect)</source>
        <translation>指定语言，例如 en 或 zh（默认：自动检测）</translation>
    </message>
    <message>
        <location filename="../cli.py" line="695"/>
        <source>do not skip silence</source>
        <translation>不跳过静音</translation>
    </message>
    <message>
        <location filename="../cli.py" line="696"/>
        <source>initial prompt or glossary of product names</source>
        <translation>初始提示词或产品名称词表</translation>
    </message>
    <message>
        <location filename="../cli.py" line="697"/>
        <source>stereo side of the agent</source>
        <translation>坐席所在的立体声声道</translation>
    </message>
    <message>
        <location filename="../cli.py" line="700"/>
        <source>print or save a call&apos;s current transcript</source>
        <translation>打印或保存通话当前的转写稿</translation>
    </message>
    <message>
        <location filename="../cli.py" line="703"/>
        <source>mask card, phone and ID numbers and e-mail addresses</source>
        <translation>遮盖银行卡号、电话号码、证件号和电子邮件地址</translation>
    </message>
    <message>
        <location filename="../cli.py" line="706"/>
        <source>list the transcription models available on this computer</source>
        <translation>列出本机可用的转写模型</translation>
    </message>
    <message>
        <location filename="../cli.py" line="708"/>
        <source>score and submit evaluations from an answers file (JSON), e.g. historical ones</source>
        <translation>根据答案文件（JSON）计分并提交评估，例如历史评估</translation>
    </message>
    <message>
        <location filename="../cli.py" line="712"/>
        <source>draw a reproducible sample per agent and assign it to reviewers</source>
        <translation>按坐席抽取可复现的样本并分配给质检员</translation>
    </message>
    <message>
        <location filename="../cli.py" line="713"/>
        <source>interactions per agent (default 10)</source>
        <translation>每位坐席的互动数（默认 10）</translation>
    </message>
    <message>
        <location filename="../cli.py" line="714"/>
        <source>a percentage of each agent&apos;s interactions instead</source>
        <translation>改为按每位坐席互动的百分比抽样</translation>
    </message>
    <message>
        <location filename="../cli.py" line="715"/>
        <source>with --percent: at least this many</source>
        <translation>与 --percent 一起使用：至少抽取这么多</translation>
    </message>
    <message>
        <location filename="../cli.py" line="716"/>
        <source>channel shares, e.g. call:0.6,chat:0.4 (short strata fall back)</source>
        <translation>渠道占比，例如 call:0.6,chat:0.4（不足的分层会由其他分层补足）</translation>
    </message>
    <message>
        <location filename="../cli.py" line="722"/>
        <source>comma-separated reviewer names</source>
        <translation>质检员姓名，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../cli.py" line="724"/>
        <source>most open items per reviewer</source>
        <translation>每位质检员最多的未完成条目数</translation>
    </message>
    <message>
        <location filename="../cli.py" line="726"/>
        <source>label such as 2026-11</source>
        <translation>期间标签，例如 2026-11</translation>
    </message>
    <message>
        <location filename="../cli.py" line="727"/>
        <source>show the sample without assigning it</source>
        <translation>只显示样本，不进行分配</translation>
    </message>
    <message>
        <location filename="../cli.py" line="729"/>
        <source>print the audit log: who changed what, when (old → new); verify: check its seals</source>
        <translation>打印审计日志：谁在何时改了什么（旧 → 新）；verify：检查其封印</translation>
    </message>
    <message>
        <location filename="../cli.py" line="732"/>
        <source>evaluation, interaction, scorecard_version, import_batch…</source>
        <translation>evaluation、interaction、scorecard_version、import_batch…</translation>
    </message>
    <message>
        <location filename="../cli.py" line="734"/>
        <source>CSV for a spreadsheet</source>
        <translation>适用于电子表格的 CSV</translation>
    </message>
    <message>
        <location filename="../cli.py" line="736"/>
        <source>validate, import, list, export or retire scorecards</source>
        <translation>校验、导入、列出、导出或停用评分表</translation>
    </message>
    <message>
        <location filename="../cli.py" line="739"/>
        <source>with export: which version (default: the latest)</source>
        <translation>与 export 一起使用：哪个版本（默认：最新）</translation>
    </message>
    <message>
        <location filename="../cli.py" line="741"/>
        <source>with validate: print only problems</source>
        <translation>与 validate 一起使用：只打印问题</translation>
    </message>
    <message>
        <location filename="../cli.py" line="750"/>
        <source>open the app (the default)</source>
        <translation>打开应用程序（默认）</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="24"/>
        <source>calibration sessions: create, score blind, reveal, compare, agree, close</source>
        <translation>校准会议：创建、盲评、揭晓、比较、达成一致、关闭</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="26"/>
        <source>session id</source>
        <translation>会议 ID</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="27"/>
        <source>with create: the session&apos;s title</source>
        <translation>与 create 一起使用：会议标题</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="28"/>
        <source>with create: the scorecard (its latest version)</source>
        <translation>与 create 一起使用：评分表（最新版本）</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="29"/>
        <source>with create: interaction ids, e.g. 12,15,31</source>
        <translation>与 create 一起使用：互动 ID，例如 12,15,31</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="30"/>
        <source>with create: comma-separated reviewer names</source>
        <translation>与 create 一起使用：质检员姓名，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="31"/>
        <source>with create: whose answers are the benchmark</source>
        <translation>与 create 一起使用：以谁的答案为基准</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="32"/>
        <source>points either side still counted as aligned</source>
        <translation>上下相差多少分仍算一致</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="33"/>
        <source>with score and consensus: which item</source>
        <translation>与 score 和 consensus 一起使用：哪一条互动</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="34"/>
        <source>with score and consensus: a JSON object of answers</source>
        <translation>与 score 和 consensus 一起使用：答案的 JSON 对象</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="35"/>
        <source>with note: the criterion</source>
        <translation>与 note 一起使用：评分项</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="36"/>
        <source>with note: the note (empty removes it)</source>
        <translation>与 note 一起使用：备注内容（留空则删除）</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="37"/>
        <source>with the package and answers actions: the file</source>
        <translation>与数据包和答案相关的操作一起使用：文件</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="38"/>
        <source>with export-package: leave the recordings out</source>
        <translation>与 export-package 一起使用：不包含录音</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="58"/>
        <source>calibration {action} needs {options}</source>
        <translation>calibration {action} 需要 {options}</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="69"/>
        <source>{file} must hold a JSON object of criterion: answer</source>
        <translation>{file} 必须是“评分项: 答案”形式的 JSON 对象</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="90"/>
        <source>--interactions takes ids separated by commas, e.g. 12,15,31</source>
        <translation>--interactions 需要用逗号分隔的 ID，例如 12,15,31</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="97"/>
        <source>Calibration session {id} created.</source>
        <translation>已创建校准会议 {id}。</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="144"/>
        <source>Saved as evaluation {id}.</source>
        <translation>已保存为评估 {id}。</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="148"/>
        <source>Session {id} revealed.</source>
        <translation>会议 {id} 已揭晓。</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="152"/>
        <source>Session {id} closed.</source>
        <translation>会议 {id} 已关闭。</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="196"/>
        <source>benchmark: {source}</source>
        <translation>基准：{source}</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="199"/>
        <source>within tolerance {share:.0%}, criteria aligned {aligned:.0%}</source>
        <translation>容差内 {share:.0%}，评分项一致 {aligned:.0%}</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="232"/>
        <source>Imported as session {id} with {count} interactions: score them, then export your answers.</source>
        <translation>已导入为会议 {id}，共 {count} 条互动：请评分后导出您的答案。</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="238"/>
        <source>Your answers are in {file}: send it back to the lead.</source>
        <translation>您的答案已保存在 {file}：请发回给主管。</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="243"/>
        <source>{count} answered interactions imported.</source>
        <translation>已导入 {count} 条已作答的互动。</translation>
    </message>
    <message>
        <location filename="../cli_report.py" line="24"/>
        <source>with agent: whose report</source>
        <translation>与 agent 一起使用：谁的报表</translation>
    </message>
    <message>
        <location filename="../cli_report.py" line="17"/>
        <source>Excel and PDF reports: per agent, per team, per calibration, or every answer as a row</source>
        <translation>Excel 和 PDF 报告：按坐席、按团队、按校准会话，或每条评分一行</translation>
    </message>
    <message>
        <location filename="../cli_report.py" line="21"/>
        <source>file format (default xlsx; answers are always xlsx)</source>
        <translation>文件格式（默认 xlsx；answers 始终为 xlsx）</translation>
    </message>
    <message>
        <location filename="../cli_report.py" line="23"/>
        <source>the file; with --all the folder (or a .zip) for one file per agent</source>
        <translation>输出文件；配合 --all 时为文件夹（或 .zip），每位坐席一个文件</translation>
    </message>
    <message>
        <location filename="../cli_report.py" line="26"/>
        <source>with agent: every agent (of --team, if given), with the team report and, for PDF, a pack with a cover and contents</source>
        <translation>用于坐席报告：所有坐席（若给出 --team 则为该团队），附团队报告；PDF 还会生成带封面和目录的合集</translation>
    </message>
    <message>
        <location filename="../cli_report.py" line="28"/>
        <source>the team (team report; limits --all and answers)</source>
        <translation>团队（团队报表；也用于限定 --all 和 answers）</translation>
    </message>
    <message>
        <location filename="../cli_report.py" line="30"/>
        <source>2026-10, 2026-Q3 or 2026-01-01..2026-03-31 (default: all time)</source>
        <translation>2026-10、2026-Q3 或 2026-01-01..2026-03-31（默认：全部时间）</translation>
    </message>
    <message>
        <location filename="../cli_report.py" line="32"/>
        <source>with calibration: the session (default: the latest revealed)</source>
        <translation>用于校准报告：校准会话（默认：最近揭晓的一场）</translation>
    </message>
    <message>
        <location filename="../cli_report.py" line="37"/>
        <source>language of the headings and the scorecards&apos; labels (default en)</source>
        <translation>标题和评分表标签的语言（默认 en）</translation>
    </message>
    <message>
        <location filename="../cli_report.py" line="48"/>
        <source>no calibration session has been revealed yet</source>
        <translation>尚无已揭晓的校准会话</translation>
    </message>
    <message>
        <location filename="../cli_report.py" line="80"/>
        <source>every answer as a row is made for spreadsheets; use --format xlsx</source>
        <translation>“每条评分一行”用于电子表格；请使用 --format xlsx</translation>
    </message>
    <message>
        <location filename="../cli_report.py" line="93"/>
        <source>report agent needs --agent NAME or --all</source>
        <translation>report agent 需要 --agent 姓名 或 --all</translation>
    </message>
    <message>
        <location filename="../cli_report.py" line="96"/>
        <source>report team needs --team NAME (teams: {names})</source>
        <translation>report team 需要 --team 名称（团队：{names}）</translation>
    </message>
    <message>
        <location filename="../cli_report.py" line="112"/>
        <source>{count} answers written.</source>
        <translation>已写入 {count} 个答案。</translation>
    </message>
    <message>
        <location filename="../cli_calibration.py" line="124"/>
        <location filename="../cli_report.py" line="116"/>
        <source>cannot write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="57"/>
        <source>fatal</source>
        <translation>致命项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="57"/>
        <source>section-critical</source>
        <translation>部分关键项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="115"/>
        <location filename="../reports/xlsx.py" line="229"/>
        <location filename="../reports/xlsx.py" line="278"/>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="255"/>
        <location filename="../reports/pdf.py" line="356"/>
        <location filename="../reports/xlsx.py" line="116"/>
        <source>Coaching report: {agent}</source>
        <translation>辅导报告：{agent}</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="119"/>
        <location filename="../reports/xlsx.py" line="203"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="245"/>
        <location filename="../reports/pdf.py" line="396"/>
        <location filename="../reports/xlsx.py" line="119"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="120"/>
        <location filename="../reports/xlsx.py" line="232"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="113"/>
        <source>Not enough evaluations for a trend yet.</source>
        <translation>评估数量还不足以显示趋势。</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="127"/>
        <source>Average score (solid) and team average (dashed)</source>
        <translation>平均分（实线）与团队平均分（虚线）</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="254"/>
        <source>QA Studio coaching report</source>
        <translation>QA Studio 辅导报告</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="226"/>
        <location filename="../reports/pdf.py" line="529"/>
        <source>Made {when}</source>
        <translation>生成于 {when}</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="151"/>
        <source>No evaluations in this period.</source>
        <translation>此期间没有评估。</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="227"/>
        <source>Page {number}</source>
        <translation>第 {number} 页</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="245"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="246"/>
        <location filename="../reports/xlsx.py" line="121"/>
        <location filename="../reports/xlsx.py" line="134"/>
        <location filename="../reports/xlsx.py" line="151"/>
        <location filename="../reports/xlsx.py" line="189"/>
        <location filename="../reports/xlsx.py" line="203"/>
        <location filename="../reports/xlsx.py" line="233"/>
        <source>Evaluations</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="247"/>
        <location filename="../reports/xlsx.py" line="122"/>
        <location filename="../reports/xlsx.py" line="203"/>
        <source>Sampled (quota)</source>
        <translation>抽样数（配额）</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="248"/>
        <location filename="../reports/xlsx.py" line="123"/>
        <location filename="../reports/xlsx.py" line="151"/>
        <location filename="../reports/xlsx.py" line="204"/>
        <location filename="../reports/xlsx.py" line="234"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="271"/>
        <source>Strongest criteria</source>
        <translation>表现最好的评分项</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="273"/>
        <source>Critical failures</source>
        <translation>关键项不合格</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="277"/>
        <source>fatal — the evaluation scores 0</source>
        <translation>致命项 — 整份评估计 0 分</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="278"/>
        <source>section-critical — its section scores 0</source>
        <translation>部分关键项 — 所在部分计 0 分</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="282"/>
        <source>None in this period.</source>
        <translation>本期间内没有。</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="288"/>
        <source>overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="295"/>
        <source>{shown} of {total} evaluations: those with comments, failures or coaching; every evaluation is in the Excel report.</source>
        <translation>共 {total} 份评估，此处列出 {shown} 份：有备注、不合格或用于辅导的评估；全部评估见 Excel 报告。</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="329"/>
        <source>Coaching session {held} with {coach}</source>
        <translation>辅导会话 {held}，辅导人 {coach}</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="330"/>
        <source>Focus</source>
        <translation>重点</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="334"/>
        <source>From evaluations</source>
        <translation>来自评估</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="343"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="453"/>
        <source>Reviewers against the benchmark</source>
        <translation>质检员与基准对比</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="464"/>
        <source>Deviation above 0: more lenient than the benchmark; below 0: stricter.</source>
        <translation>偏差大于 0：比基准宽松；小于 0：比基准严格。</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="484"/>
        <source>Overall scores</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="485"/>
        <source>Shaded: further from the benchmark than the tolerance.</source>
        <translation>底色标记：与基准的差距超出容差。</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="498"/>
        <source>Agreement per criterion</source>
        <translation>各评分项一致性</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="500"/>
        <source>Percent agreement is inflated when almost every answer is the same; read it beside the chance-corrected α and κ.</source>
        <translation>当几乎所有答案都相同时，一致率会偏高；请结合经机遇校正的 α 和 κ 一起解读。</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="528"/>
        <source>{count} coaching reports</source>
        <translation>{count} 份辅导报告</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="531"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="123"/>
        <source>Team average</source>
        <translation>团队平均分</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="249"/>
        <location filename="../reports/pdf.py" line="265"/>
        <location filename="../reports/xlsx.py" line="124"/>
        <location filename="../reports/xlsx.py" line="144"/>
        <location filename="../reports/xlsx.py" line="151"/>
        <location filename="../reports/xlsx.py" line="204"/>
        <location filename="../reports/xlsx.py" line="234"/>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="124"/>
        <source>Team pass rate</source>
        <translation>团队合格率</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="250"/>
        <location filename="../reports/xlsx.py" line="125"/>
        <location filename="../reports/xlsx.py" line="235"/>
        <source>Fatal failures (score 0)</source>
        <translation>致命项不合格（计 0 分）</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="251"/>
        <location filename="../reports/xlsx.py" line="126"/>
        <location filename="../reports/xlsx.py" line="236"/>
        <source>Section-critical failures</source>
        <translation>部分关键项不合格</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="270"/>
        <location filename="../reports/xlsx.py" line="128"/>
        <source>Weakest criteria</source>
        <translation>最薄弱的评分项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="48"/>
        <source>all time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="135"/>
        <location filename="../reports/xlsx.py" line="169"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="468"/>
        <location filename="../reports/xlsx.py" line="135"/>
        <location filename="../reports/xlsx.py" line="169"/>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="135"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="135"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="135"/>
        <location filename="../reports/xlsx.py" line="226"/>
        <location filename="../reports/xlsx.py" line="293"/>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="447"/>
        <location filename="../reports/xlsx.py" line="136"/>
        <location filename="../reports/xlsx.py" line="283"/>
        <source>Scorecard</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="136"/>
        <location filename="../reports/xlsx.py" line="158"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="136"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="136"/>
        <location filename="../reports/xlsx.py" line="204"/>
        <source>Fatal</source>
        <translation>致命项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="136"/>
        <location filename="../reports/xlsx.py" line="204"/>
        <source>Section-critical</source>
        <translation>部分关键项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="136"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="137"/>
        <location filename="../reports/xlsx.py" line="169"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="139"/>
        <location filename="../reports/xlsx.py" line="140"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="139"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="143"/>
        <source>Criteria</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="438"/>
        <location filename="../reports/pdf.py" line="445"/>
        <location filename="../reports/xlsx.py" line="280"/>
        <source>Calibration: {title}</source>
        <translation>校准：{title}</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="448"/>
        <location filename="../reports/xlsx.py" line="284"/>
        <location filename="../reports/xlsx.py" line="292"/>
        <source>Reviewers</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="449"/>
        <location filename="../reports/xlsx.py" line="284"/>
        <source>Interactions</source>
        <translation>交互</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="450"/>
        <location filename="../reports/pdf.py" line="469"/>
        <location filename="../reports/xlsx.py" line="285"/>
        <location filename="../reports/xlsx.py" line="324"/>
        <source>Benchmark</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="441"/>
        <location filename="../reports/xlsx.py" line="285"/>
        <source>the expert&apos;s answers</source>
        <translation>专家的评分</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="285"/>
        <source>Selected evaluations and comments</source>
        <translation>精选评估与备注</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="291"/>
        <source>at {moment}</source>
        <translation>在 {moment}</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="322"/>
        <source>Coaching action plan</source>
        <translation>辅导行动计划</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="324"/>
        <source>No coaching records in this period.</source>
        <translation>此期间没有辅导记录。</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="327"/>
        <source>not yet held</source>
        <translation>尚未进行</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="370"/>
        <source>QA Studio team report</source>
        <translation>QA Studio 团队报告</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="376"/>
        <source>Average score per agent</source>
        <translation>各坐席平均分</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="392"/>
        <source>Criteria failed most often</source>
        <translation>最常不合格的评分项</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="410"/>
        <source>No criterion was failed in this period.</source>
        <translation>此期间没有不合格的评分项。</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="441"/>
        <location filename="../reports/xlsx.py" line="285"/>
        <source>the consensus</source>
        <translation>共识评分</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="444"/>
        <source>QA Studio calibration report</source>
        <translation>QA Studio 校准报告</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="450"/>
        <location filename="../reports/xlsx.py" line="287"/>
        <source>Tolerance (points)</source>
        <translation>容差（分）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="179"/>
        <source>Coaching</source>
        <translation>辅导</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="188"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="188"/>
        <source>Held on</source>
        <translation>辅导日期</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="188"/>
        <source>Coach</source>
        <translation>辅导人</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="188"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="188"/>
        <source>Focus criteria</source>
        <translation>重点评分项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="188"/>
        <source>Notes</source>
        <translation>记录要点</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="189"/>
        <source>Action item</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="189"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="189"/>
        <source>Action status</source>
        <translation>行动项状态</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="293"/>
        <source>Deviation (points)</source>
        <translation>偏差（分）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="293"/>
        <source>Absolute deviation</source>
        <translation>绝对偏差</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="293"/>
        <source>Within tolerance</source>
        <translation>容差内比例</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="294"/>
        <source>Criterion alignment</source>
        <translation>评分项一致度</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="294"/>
        <source>Criteria aligned</source>
        <translation>一致的评分项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="294"/>
        <source>Critical missed</source>
        <translation>漏判关键项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="294"/>
        <source>Wrongly failed</source>
        <translation>误判不合格</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="302"/>
        <location filename="../reports/xlsx.py" line="303"/>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="303"/>
        <source>α low (95 %)</source>
        <translation>α 下限（95%）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="303"/>
        <source>α high (95 %)</source>
        <translation>α 上限（95%）</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="304"/>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="304"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="321"/>
        <source>Interaction {id}</source>
        <translation>交互 {id}</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="265"/>
        <location filename="../reports/pdf.py" line="396"/>
        <location filename="../reports/xlsx.py" line="144"/>
        <location filename="../reports/xlsx.py" line="169"/>
        <location filename="../reports/xlsx.py" line="215"/>
        <location filename="../reports/xlsx.py" line="303"/>
        <location filename="../reports/xlsx.py" line="324"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="144"/>
        <source>Failure kind</source>
        <translation>不合格类型</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="266"/>
        <location filename="../reports/xlsx.py" line="144"/>
        <source>Answered</source>
        <translation>作答次数</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="144"/>
        <source>Failed</source>
        <translation>不合格次数</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="260"/>
        <location filename="../reports/xlsx.py" line="150"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="151"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="156"/>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="156"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="157"/>
        <source>Average score by {unit}</source>
        <translation>按{unit}的平均分</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="168"/>
        <source>Comments</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="169"/>
        <source>Moment</source>
        <translation>时刻</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="170"/>
        <source>What was said or written then</source>
        <translation>当时的对话内容</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="172"/>
        <source>(whole evaluation)</source>
        <translation>（整份评估）</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="377"/>
        <location filename="../reports/xlsx.py" line="202"/>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="203"/>
        <source>Quota done</source>
        <translation>配额完成率</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="213"/>
        <source>Failure heatmap</source>
        <translation>不合格热力图</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="411"/>
        <location filename="../reports/xlsx.py" line="225"/>
        <source>Reviewer workload</source>
        <translation>质检员工作量</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="226"/>
        <source>Evaluations submitted</source>
        <translation>已提交评估</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="226"/>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="371"/>
        <location filename="../reports/pdf.py" line="420"/>
        <location filename="../reports/xlsx.py" line="230"/>
        <source>Team report: {team}</source>
        <translation>团队报表：{team}</translation>
    </message>
    <message>
        <location filename="../reports/xlsx.py" line="254"/>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../reports/batch.py" line="153"/>
        <source>Figures for {agent}</source>
        <translation>正在统计 {agent}</translation>
    </message>
    <message>
        <location filename="../reports/batch.py" line="158"/>
        <source>Report for {agent}</source>
        <translation>正在生成 {agent} 的报告</translation>
    </message>
    <message>
        <location filename="../reports/batch.py" line="168"/>
        <source>Team report</source>
        <translation>团队报告</translation>
    </message>
    <message>
        <location filename="../reports/batch.py" line="84"/>
        <source>Team report {team}</source>
        <translation>团队报告 {team}</translation>
    </message>
    <message>
        <location filename="../reports/batch.py" line="172"/>
        <source>Contents and pack</source>
        <translation>目录与合集</translation>
    </message>
    <message>
        <location filename="../reports/batch.py" line="89"/>
        <location filename="../reports/batch.py" line="173"/>
        <source>Coaching reports</source>
        <translation>辅导报告</translation>
    </message>
    <message>
        <location filename="../reports/batch.py" line="190"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="16"/>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="16"/>
        <source>held</source>
        <translation>已进行</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="16"/>
        <source>followed up</source>
        <translation>已跟进</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="20"/>
        <source>open</source>
        <translation>待完成</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="20"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="20"/>
        <source>missed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="39"/>
        <source>you are {me} on this database, not {name}: QA Studio acts only as the person the connection or this computer&apos;s account proves</source>
        <translation>您在此数据库中是 {me}，不是 {name}：QA Studio 只以连接或本机账户所证明的人的身份操作</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="44"/>
        <source>this computer&apos;s QA Studio has accounts with passwords: give --user NAME</source>
        <translation>本机 QA Studio 设有密码账户：请用 --user 姓名 指定您是谁</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="48"/>
        <source>give the password in {var} or run the command at a terminal</source>
        <translation>请在 {var} 中提供密码，或在终端中运行此命令</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="50"/>
        <source>Password for {name}: </source>
        <translation>{name} 的密码：</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="64"/>
        <source>New password for {name}: </source>
        <translation>{name} 的新密码：</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="65"/>
        <source>Again: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="66"/>
        <source>the two passwords differ; nothing was changed</source>
        <translation>两次输入的密码不同；未做任何更改</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="71"/>
        <source>list people, add them, set roles, disable accounts, reset passwords</source>
        <translation>列出人员、添加人员、设置角色、停用账户、重置密码</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="75"/>
        <source>database login (team database) or this computer&apos;s account name</source>
        <translation>数据库登录名（团队数据库）或本机账户名</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="76"/>
        <source>with an agent account: the agent whose results it shows</source>
        <translation>坐席账户：显示其结果的坐席</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="78"/>
        <source>with add: give a password (from {var} or asked)</source>
        <translation>与 add 一起：设置密码（取自 {var} 或当场询问）</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="80"/>
        <source>turn a PostgreSQL database into a team database (run once, as its owner)</source>
        <translation>将 PostgreSQL 数据库设为团队数据库（由其所有者运行一次）</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="82"/>
        <source>prefix of the group roles (default qa: qa_reviewer, …)</source>
        <translation>组角色的前缀（默认 qa：qa_reviewer 等）</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="83"/>
        <source>the first administrator&apos;s name in QA Studio</source>
        <translation>第一位管理员在 QA Studio 中的姓名</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="84"/>
        <source>the first administrator&apos;s database login</source>
        <translation>第一位管理员的数据库登录名</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="86"/>
        <source>as the agent: confirm you have read an evaluation</source>
        <translation>坐席：确认已阅读一条评估</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="89"/>
        <source>as the agent: dispute one criterion of an evaluation</source>
        <translation>坐席：对评估中的一项标准提出申诉</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="93"/>
        <source>the answer you propose (yes, no, na, an option)</source>
        <translation>您建议的答案（yes、no、na 或某个选项）</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="95"/>
        <source>as a lead: accept, partly accept or reject a dispute</source>
        <translation>组长：接受、部分接受或驳回申诉</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="99"/>
        <source>with partial: the answer that stands</source>
        <translation>与 partial 一起：最终成立的答案</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="101"/>
        <source>coaching records: list an agent&apos;s, add an action, set an action&apos;s state</source>
        <translation>辅导记录：列出某坐席的记录、添加行动项、设置行动项状态</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="105"/>
        <source>with add-action: what the agent will do</source>
        <translation>与 add-action 一起：坐席要做的事</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="115"/>
        <source>{command} {action} needs {what}</source>
        <translation>{command} {action} 需要 {what}</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="131"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="131"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="141"/>
        <source>added {name} ({role})</source>
        <translation>已添加 {name}（{role}）</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="145"/>
        <source>{name} is now {role}</source>
        <translation>{name} 现在是 {role}</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="148"/>
        <source>{name}: {state}</source>
        <translation>{name}：{state}</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="148"/>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="155"/>
        <source>give the new password in {var} or run the command at a terminal</source>
        <translation>请在 {var} 中提供新密码，或在终端中运行此命令</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="158"/>
        <source>the password of {name} was changed</source>
        <translation>已更改 {name} 的密码</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="182"/>
        <source>{database}: a team database (group roles {prefix}_…); you are {login}</source>
        <translation>{database}：团队数据库（组角色 {prefix}_…）；您是 {login}</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="185"/>
        <source>not a team database: everyone who can connect is trusted by the server</source>
        <translation>不是团队数据库：服务器信任每个能连接的人</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="189"/>
        <source>{database} is now a team database; {name} ({login}) is its administrator</source>
        <translation>{database} 现已成为团队数据库；{name}（{login}）是其管理员</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="199"/>
        <source>evaluation {id} acknowledged</source>
        <translation>评估 {id} 已确认</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="210"/>
        <source>dispute {id} raised; a lead will decide it</source>
        <translation>已提出申诉 {id}；将由组长裁决</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="222"/>
        <source>dispute {id} decided: {decision}</source>
        <translation>申诉 {id} 已裁决：{decision}</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="235"/>
        <source>an agent sees only their own coaching</source>
        <translation>坐席只能查看自己的辅导记录</translation>
    </message>
    <message>
        <location filename="../cli_people.py" line="248"/>
        <source>{value} is not a number</source>
        <translation>{value} 不是数字</translation>
    </message>
    <message>
        <location filename="../cli_storage.py" line="17"/>
        <source>back up the database (SQLite: a consistent copy; PostgreSQL: how to use pg_dump)</source>
        <translation>备份数据库（SQLite：一致的副本；PostgreSQL：如何使用 pg_dump）</translation>
    </message>
    <message>
        <location filename="../cli_storage.py" line="19"/>
        <source>where to write the copy (default: the backups folder)</source>
        <translation>副本写到哪里（默认：备份文件夹）</translation>
    </message>
    <message>
        <location filename="../cli_storage.py" line="20"/>
        <source>list the backups QA Studio has made</source>
        <translation>列出 QA Studio 做过的备份</translation>
    </message>
    <message>
        <location filename="../cli_storage.py" line="21"/>
        <source>check the database for damage (SQLite integrity check of every page and index)</source>
        <translation>检查数据库是否损坏（SQLite 对每一页和每个索引的完整性检查）</translation>
    </message>
    <message>
        <location filename="../cli_storage.py" line="24"/>
        <source>a database file gone on purpose: allow a new, empty one in its place</source>
        <translation>数据库文件是有意删除的：允许在原处新建一个空数据库</translation>
    </message>
    <message>
        <location filename="../cli_storage.py" line="36"/>
        <source>--forget is for an SQLite database file</source>
        <translation>--forget 只用于 SQLite 数据库文件</translation>
    </message>
    <message>
        <location filename="../cli_storage.py" line="39"/>
        <source>{path} exists; --forget is only for a file that is gone</source>
        <translation>{path} 仍然存在；--forget 只用于已不存在的文件</translation>
    </message>
    <message>
        <location filename="../cli_storage.py" line="42"/>
        <source>QA Studio will create a new, empty database at {path} the next time it starts.</source>
        <translation>QA Studio 下次启动时将在 {path} 新建一个空数据库。</translation>
    </message>
    <message>
        <location filename="../cli_storage.py" line="44"/>
        <source>{path} was not a database QA Studio remembered; nothing to do.</source>
        <translation>{path} 不是 QA Studio 记录过的数据库；无需操作。</translation>
    </message>
    <message>
        <location filename="../cli_storage.py" line="59"/>
        <source>No backups yet; they go to {folder}</source>
        <translation>还没有备份；备份会保存在 {folder}</translation>
    </message>
    <message>
        <location filename="../cli_storage.py" line="62"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../cli_storage.py" line="71"/>
        <source>{url} is a PostgreSQL database: the server checks its own pages; ask its administrator to run pg_amcheck.</source>
        <translation>{url} 是 PostgreSQL 数据库：服务器自己检查数据页；请让其管理员运行 pg_amcheck。</translation>
    </message>
    <message>
        <location filename="../cli_storage.py" line="77"/>
        <source>{path}: no damage found (every page, record, index and reference checked).</source>
        <translation>{path}：未发现损坏（已检查每一页、每条记录、每个索引和每个引用）。</translation>
    </message>
    <message>
        <location filename="../cli_storage.py" line="80"/>
        <source>{path} is damaged:</source>
        <translation>{path} 已损坏：</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../ui/settings/users.py" line="224"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="230"/>
        <source>database login, e.g. liu.yang</source>
        <translation>数据库登录名，例如 liu.yang</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="238"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="239"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="240"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="241"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="242"/>
        <source>A&amp;gent:</source>
        <translation>坐席(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>AgentPage</name>
    <message>
        <location filename="../ui/reports/window.py" line="158"/>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="158"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="158"/>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="158"/>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="158"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="159"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="159"/>
        <source>Failures</source>
        <translation>不合格类型</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="159"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="159"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="160"/>
        <source>Evaluations; tick those to coach on</source>
        <translation>评估；勾选要用于辅导的评估</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="161"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="161"/>
        <location filename="../ui/reports/window.py" line="210"/>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="161"/>
        <source>Answered</source>
        <translation>已评</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="164"/>
        <source>Coaching records and their action items</source>
        <translation>辅导记录及其行动项</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="165"/>
        <source>Coaching session / action item</source>
        <translation>辅导会话 / 行动项</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="165"/>
        <source>Date / due</source>
        <translation>日期 / 截止</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="166"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="166"/>
        <source>Coach</source>
        <translation>辅导人</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="168"/>
        <source>&amp;New coaching session from ticked evaluations…</source>
        <translation>用勾选的评估新建辅导会话(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="170"/>
        <source>Mark action &amp;done</source>
        <translation>标记行动项已完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="172"/>
        <source>Mark action &amp;missed</source>
        <translation>标记行动项未完成(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="173"/>
        <source>&amp;Add action item…</source>
        <translation>添加行动项(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="176"/>
        <source>Status of the chosen coaching session</source>
        <translation>所选辅导会话的状态</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="183"/>
        <source>Session status:</source>
        <translation>会话状态：</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="191"/>
        <source>&amp;Evaluations</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="192"/>
        <source>C&amp;riteria</source>
        <translation>评分项(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="193"/>
        <source>C&amp;oaching</source>
        <translation>辅导(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="194"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="196"/>
        <source>Export E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="203"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="206"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="246"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="274"/>
        <source>interaction {id} ({started})</source>
        <translation>互动 {id}（{started}）</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="203"/>
        <location filename="../ui/reports/window.py" line="206"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="207"/>
        <source>Evaluations</source>
        <translation>评估数</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="208"/>
        <source>Sampled (quota)</source>
        <translation>抽样数（配额）</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="209"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="211"/>
        <source>Fatal failures (score 0)</source>
        <translation>致命项不合格（计 0 分）</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="212"/>
        <source>Section-critical failures</source>
        <translation>模块关键项不合格</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="221"/>
        <source>fatal</source>
        <translation>致命</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="222"/>
        <source>section-critical</source>
        <translation>模块关键</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="223"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="223"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="237"/>
        <source>Coaching: {focus}</source>
        <translation>辅导：{focus}</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="50"/>
        <source>Dispute “{criterion}”</source>
        <translation>申诉“{criterion}”</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="51"/>
        <source>Decide the dispute on “{criterion}”</source>
        <translation>裁决“{criterion}”的申诉</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="52"/>
        <source>Change the answer to “{criterion}”</source>
        <translation>修改“{criterion}”的答案</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="62"/>
        <source>Raised by</source>
        <translation>申诉人</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="65"/>
        <source>Raised &amp;by (agent):</source>
        <translation>申诉人（坐席）(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="73"/>
        <source>&amp;Accept the proposed answer</source>
        <translation>接受提出的答案(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="74"/>
        <source>&amp;Partly accept: answer below</source>
        <translation>部分接受：采用下方答案(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="75"/>
        <source>&amp;Reject: keep the answer</source>
        <translation>驳回：保留原答案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="82"/>
        <source>Decision:</source>
        <translation>裁决：</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="88"/>
        <source>Proposed answer:</source>
        <translation>建议的答案：</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="89"/>
        <source>Answer:</source>
        <translation>答案：</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="90"/>
        <source>New answer:</source>
        <translation>新答案：</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="94"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="98"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="129"/>
        <source>Say who raises the dispute.</source>
        <translation>请填写申诉人。</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="131"/>
        <source>Choose a decision.</source>
        <translation>请选择裁决结果。</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="134"/>
        <source>Choose an answer.</source>
        <translation>请选择答案。</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/answer_dialog.py" line="136"/>
        <source>A reason is required: it is kept in the evaluation&apos;s history.</source>
        <translation>必须填写理由：它会保存在评估的历史记录中。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="78"/>
        <source>QA Studio cannot open its database</source>
        <translation>QA Studio 无法打开数据库</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="81"/>
        <source>QA Studio cannot sign you in</source>
        <translation>QA Studio 无法让您登录</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="129"/>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="130"/>
        <source>{count} of the files already exist in {folder}:
{names}

Replace them?</source>
        <translation>{folder} 中已有 {count} 个同名文件：
{names}

要替换它们吗？</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="40"/>
        <source>Batch export</source>
        <translation>批量导出</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="48"/>
        <source>Every agent</source>
        <translation>所有坐席</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="53"/>
        <source>&amp;PDF (with a pack: cover, contents, team summary, every agent)</source>
        <translation>&amp;PDF（附合集：封面、目录、团队概览、每位坐席）</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="55"/>
        <source>&amp;Excel workbooks</source>
        <translation>&amp;Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="57"/>
        <source>Into one &amp;zip file</source>
        <translation>打包为一个 zip 文件(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="60"/>
        <source>Where to save</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="61"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="67"/>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="68"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="69"/>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="71"/>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="79"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="83"/>
        <source>&amp;Cancel export</source>
        <translation>取消导出(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="87"/>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="90"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="106"/>
        <source>Export into</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="114"/>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="122"/>
        <source>Nowhere to export</source>
        <translation>未选择导出位置</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="122"/>
        <source>Choose a folder.</source>
        <translation>请选择一个文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="141"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="154"/>
        <source>{done} of {total}: {what}</source>
        <translation>{done}/{total}：{what}</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="159"/>
        <source>Cancelling after the current file…</source>
        <translation>当前文件完成后取消…</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="168"/>
        <source>{count} files written to {where}</source>
        <translation>已写入 {count} 个文件到 {where}</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="177"/>
        <source>Cancelled; no files were left behind.</source>
        <translation>已取消；未留下任何文件。</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="182"/>
        <source>Export failed: {reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/reports/batch_dialog.py" line="183"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>Bilingual</name>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="82"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="82"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="93"/>
        <source>{what} in English</source>
        <translation>{what}（英文）</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="94"/>
        <source>{what} in Chinese</source>
        <translation>{what}（中文）</translation>
    </message>
</context>
<context>
    <name>CalibrationColumns</name>
    <message>
        <location filename="../ui/calibration/models.py" line="28"/>
        <source>scoring</source>
        <translation>评分中</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="29"/>
        <source>revealed</source>
        <translation>已揭晓</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="30"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="31"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="32"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="33"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="65"/>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="66"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="67"/>
        <source>Scorecard</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="68"/>
        <source>Reviewers</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="69"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="110"/>
        <source>Interaction {id}</source>
        <translation>互动 {id}</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="111"/>
        <location filename="../ui/calibration/models.py" line="207"/>
        <location filename="../ui/calibration/models.py" line="320"/>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="119"/>
        <source>expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="153"/>
        <source>Benchmark</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="154"/>
        <location filename="../ui/calibration/models.py" line="258"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="208"/>
        <source>Deviation (points)</source>
        <translation>偏差（分）</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="209"/>
        <source>Absolute deviation</source>
        <translation>绝对偏差</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="210"/>
        <source>Within tolerance</source>
        <translation>容差内</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="211"/>
        <source>Criterion alignment</source>
        <translation>评分项贴合度</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="212"/>
        <source>Criteria aligned</source>
        <translation>评分项一致</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="213"/>
        <source>Critical missed</source>
        <translation>漏判关键项</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="214"/>
        <source>Wrongly failed</source>
        <translation>误判不合格</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="237"/>
        <source>Below 0: stricter than the benchmark; above 0: more lenient</source>
        <translation>小于 0：比基准严格；大于 0：比基准宽松</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="247"/>
        <source>poor</source>
        <translation>差</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="248"/>
        <source>slight</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="249"/>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="250"/>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="251"/>
        <source>substantial</source>
        <translation>较强</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="252"/>
        <source>almost perfect</source>
        <translation>几乎完全一致</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="259"/>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="260"/>
        <source>Krippendorff&apos;s alpha (95 % CI)</source>
        <translation>Krippendorff α（95% 置信区间）</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="261"/>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss κ</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="262"/>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="263"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="294"/>
        <source>Raw agreement is inflated when nearly every answer is the same; read it beside alpha and kappa</source>
        <translation>当几乎所有答案相同时，原始一致率会偏高；请结合 α 和 κ 一起看</translation>
    </message>
    <message>
        <location filename="../ui/calibration/models.py" line="336"/>
        <source>Deviation from the benchmark in points (share of evaluations within the tolerance)</source>
        <translation>与基准的偏差分数（容差内评估的比例）</translation>
    </message>
</context>
<context>
    <name>CalibrationWindow</name>
    <message>
        <location filename="../ui/calibration/window.py" line="437"/>
        <source>Package keys</source>
        <translation>数据包密钥</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="438"/>
        <source>The package is in {file}. Send it to each reviewer, and give each their own key by another way (in person, by phone or chat): the package cannot be opened without it, and nobody else can make one that opens with it.</source>
        <translation>数据包已保存在 {file}。请发给每位质检员，并通过其他途径（当面、电话或聊天）把各自的密钥交给他们：没有密钥无法打开数据包，其他人也无法伪造能用该密钥打开的数据包。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="453"/>
        <source>Package key</source>
        <translation>数据包密钥</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="454"/>
        <source>The key the lead gave you for this package (32 letters and digits):</source>
        <translation>组长交给您的本数据包密钥（32 位字母和数字）：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="461"/>
        <source>Package imported</source>
        <translation>数据包已导入</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="84"/>
        <location filename="../ui/calibration/window.py" line="330"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="99"/>
        <source>&amp;New session…</source>
        <translation>新建会议(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="101"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="104"/>
        <source>Export &amp;package…</source>
        <translation>导出数据包(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="105"/>
        <source>For reviewers without access to this database</source>
        <translation>供无法访问此数据库的质检员使用</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="107"/>
        <source>&amp;Import package…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="109"/>
        <source>Export my &amp;answers…</source>
        <translation>导出我的答案(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="111"/>
        <source>Import a reviewer&apos;s answers…</source>
        <translation>导入质检员的答案…</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="132"/>
        <source>&amp;Score an item…</source>
        <translation>评分(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="133"/>
        <source>Score the selected interaction blind: nobody sees your answers until the lead reveals the session</source>
        <translation>盲评所选互动：在主管揭晓会议之前，任何人都看不到您的答案</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="136"/>
        <source>&amp;Reveal answers</source>
        <translation>揭晓答案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="149"/>
        <source>Answers stay hidden until the lead reveals the session: nobody — the lead included — can see anyone else&apos;s answers before that.</source>
        <translation>在主管揭晓会议之前答案一直隐藏：在此之前任何人（包括主管）都看不到他人的答案。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="154"/>
        <source>Interaction to compare</source>
        <translation>要比较的互动</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="171"/>
        <source>Record the &amp;consensus…</source>
        <translation>记录一致结论(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="172"/>
        <source>The agreed answers for this interaction; they become the benchmark when there is no expert</source>
        <translation>此互动的一致答案；没有专家时将作为基准</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="175"/>
        <source>&amp;Note on criterion…</source>
        <translation>评分项备注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="177"/>
        <source>C&amp;lose session</source>
        <translation>关闭会议(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="182"/>
        <source>Interaction:</source>
        <translation>互动：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="188"/>
        <source>&lt;b&gt;Each reviewer against the benchmark&lt;/b&gt;</source>
        <translation>&lt;b&gt;各质检员与基准的对比&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="190"/>
        <source>&lt;b&gt;Agreement per criterion&lt;/b&gt;</source>
        <translation>&lt;b&gt;各评分项的一致性&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="208"/>
        <source>Each reviewer&apos;s deviation from the benchmark in every revealed session, oldest first: below 0 stricter, above 0 more lenient.</source>
        <translation>各质检员在每次已揭晓会议中与基准的偏差，按时间先后排列：小于 0 表示更严格，大于 0 表示更宽松。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="215"/>
        <source>&amp;Status</source>
        <translation>进度(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="216"/>
        <source>Res&amp;ults</source>
        <translation>结果(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="217"/>
        <source>&amp;Drift over time</source>
        <translation>随时间的偏移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="276"/>
        <source>{done} of {total} scorings finished</source>
        <translation>已完成 {done} / {total} 项评分</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="284"/>
        <source>Interaction {id}</source>
        <translation>互动 {id}</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="289"/>
        <source>the expert&apos;s answers</source>
        <translation>专家的答案</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="289"/>
        <source>the consensus</source>
        <translation>一致结论</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="290"/>
        <source>none yet: record the consensus</source>
        <translation>暂无：请记录一致结论</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="292"/>
        <source>Benchmark: {source}. Overall scores: ICC(2,1) {single}, ICC(2,k) {average} over {n} interactions (two-way random effects, absolute agreement).</source>
        <translation>基准：{source}。总分一致性：ICC(2,1) {single}，ICC(2,k) {average}，基于 {n} 条互动（双向随机效应，绝对一致）。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="307"/>
        <source>{count} answer(s) differ from the benchmark (highlighted).</source>
        <translation>{count} 个答案与基准不同（已高亮）。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="309"/>
        <source>{count} answer(s) differ from what most reviewers answered (highlighted).</source>
        <translation>{count} 个答案与多数质检员的答案不同（已高亮）。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="337"/>
        <location filename="../ui/calibration/window.py" line="340"/>
        <location filename="../ui/calibration/window.py" line="375"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="379"/>
        <source>Reveal answers</source>
        <translation>揭晓答案</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="380"/>
        <source>{count} scoring(s) are not finished. Reveal anyway? Nobody can score after the reveal.</source>
        <translation>还有 {count} 项评分未完成。仍要揭晓吗？揭晓后将无法再评分。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="396"/>
        <location filename="../ui/calibration/window.py" line="401"/>
        <source>Note on criterion</source>
        <translation>评分项备注</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="396"/>
        <source>Select a criterion first.</source>
        <translation>请先选择一个评分项。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="430"/>
        <source>Export calibration package</source>
        <translation>导出校准数据包</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="431"/>
        <location filename="../ui/calibration/window.py" line="449"/>
        <source>Calibration packages (*.qacal)</source>
        <translation>校准数据包 (*.qacal)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="448"/>
        <source>Import calibration package</source>
        <translation>导入校准数据包</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="472"/>
        <source>Export my answers</source>
        <translation>导出我的答案</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="473"/>
        <location filename="../ui/calibration/window.py" line="483"/>
        <source>Answers files (*.json)</source>
        <translation>答案文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/window.py" line="482"/>
        <source>Import a reviewer&apos;s answers</source>
        <translation>导入质检员的答案</translation>
    </message>
</context>
<context>
    <name>CoachingDialog</name>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="49"/>
        <source>New coaching session — {agent}</source>
        <translation>新建辅导会话 — {agent}</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="55"/>
        <source>none (a general session)</source>
        <translation>无（综合辅导）</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="56"/>
        <source>Evaluations</source>
        <translation>评估数</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="61"/>
        <source>&amp;Held on</source>
        <translation>辅导日期(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="66"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="69"/>
        <source>Focus criteria</source>
        <translation>重点评分项</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="76"/>
        <source>&amp;Focus criteria
(failed ones ticked)</source>
        <translation>重点评分项(&amp;F)
（已勾选不合格项）</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="79"/>
        <source>Notes</source>
        <translation>记录要点</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="80"/>
        <source>What was discussed and agreed</source>
        <translation>讨论和约定的内容</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="81"/>
        <source>&amp;Notes</source>
        <translation>记录要点(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="84"/>
        <location filename="../ui/reports/coaching_dialog.py" line="101"/>
        <source>Action items</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="85"/>
        <source>Action item</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="85"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="88"/>
        <source>&amp;Add action item</source>
        <translation>添加行动项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="90"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/reports/coaching_dialog.py" line="137"/>
        <source>Coaching session not saved</source>
        <translation>辅导会话未保存</translation>
    </message>
</context>
<context>
    <name>CriterionForm</name>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="239"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="242"/>
        <source>Guideline</source>
        <translation>评分指引</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="256"/>
        <source>Must be &amp;answered before submitting</source>
        <translation>提交前必须作答(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="258"/>
        <source>A failed answer needs a &amp;root cause</source>
        <translation>不合格时必须选择根本原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="262"/>
        <source>Lowest value</source>
        <translation>最低值</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="263"/>
        <source>Highest value</source>
        <translation>最高值</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="264"/>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="268"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="269"/>
        <source>Fails below</source>
        <translation>低于此值不合格</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="274"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="274"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="275"/>
        <source>step</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="278"/>
        <source>fails below</source>
        <translation>低于此值不合格</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="285"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="291"/>
        <source>calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="291"/>
        <source>chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="291"/>
        <source>e-mails</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="292"/>
        <source>social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="299"/>
        <source>queues, separated by commas (empty: any queue)</source>
        <translation>队列，用逗号分隔（留空：任意队列）</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="302"/>
        <source>Only when this criterion&apos;s answer is</source>
        <translation>仅当此评分项的答案为</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="305"/>
        <source>answers, e.g. yes, no, na or option keys</source>
        <translation>答案，例如“yes”“no”“na”或选项代码</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="308"/>
        <source>Evidence checks</source>
        <translation>证据检查</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="316"/>
        <source>&amp;Key:</source>
        <translation>代码(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="317"/>
        <source>Criterion:</source>
        <translation>评分项：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="318"/>
        <source>Guideline:</source>
        <translation>评分指引：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="319"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="320"/>
        <source>&amp;Points:</source>
        <translation>分值(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="321"/>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="322"/>
        <source>&amp;Failure kind:</source>
        <translation>不合格类型(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="325"/>
        <source>Scale:</source>
        <translation>量表：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="326"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="327"/>
        <source>Only for channels:</source>
        <translation>仅限渠道：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="328"/>
        <source>Only for &amp;queues:</source>
        <translation>仅限队列(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="329"/>
        <source>Only when:</source>
        <translation>仅当：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="330"/>
        <source>…is one of:</source>
        <translation>…为以下之一：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="331"/>
        <source>Evidence checks (YAML):</source>
        <translation>证据检查（YAML）：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="379"/>
        <source>Not valid YAML: {reason}</source>
        <translation>不是有效的 YAML：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="414"/>
        <source>(any answer)</source>
        <translation>（任意答案）</translation>
    </message>
</context>
<context>
    <name>CriterionWidget</name>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="83"/>
        <source>Accept</source>
        <translation>采纳</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="84"/>
        <source>Answer as suggested</source>
        <translation>按建议作答</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="92"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="93"/>
        <source>Root cause…</source>
        <translation>根本原因…</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="98"/>
        <source>Comment on this criterion</source>
        <translation>对此项的备注</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="100"/>
        <source>Comment on {criterion}</source>
        <translation>对“{criterion}”的备注</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="139"/>
        <source>FATAL — fails the evaluation</source>
        <translation>致命项 — 整份评估不合格</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="141"/>
        <source>SECTION-CRITICAL — fails its section</source>
        <translation>部分关键项 — 所在部分不合格</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="153"/>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="153"/>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="155"/>
        <source>N/&amp;A</source>
        <translation>不适用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="168"/>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="176"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="224"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="224"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/scoring/criterion_widget.py" line="226"/>
        <source>Suggested: &lt;b&gt;{answer}&lt;/b&gt; — {evidence}</source>
        <translation>建议：&lt;b&gt;{answer}&lt;/b&gt; — {evidence}</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="49"/>
        <source>Columns of {name}</source>
        <translation>{name} 的列</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="55"/>
        <source>Cannot read the CSV file</source>
        <translation>无法读取 CSV 文件</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="66"/>
        <source>detected (ISO 8601, 2024/03/01 10:02, epoch…) or e.g. %d/%m/%Y %H:%M</source>
        <translation>自动识别（ISO 8601、2024/03/01 10:02、时间戳…）或例如 %d/%m/%Y %H:%M</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="68"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="69"/>
        <source>Author</source>
        <translation>发送人</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="70"/>
        <source>Message text</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="71"/>
        <source>Role (agent / customer)</source>
        <translation>角色（坐席 / 客户）</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="72"/>
        <source>Conversation id</source>
        <translation>会话 ID</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="73"/>
        <source>Time format</source>
        <translation>时间格式</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="82"/>
        <source>Preview of the first rows</source>
        <translation>前几行预览</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="92"/>
        <source>Which column holds what? The role column is optional: without it, QA Studio decides who is the agent by a rule you can correct later.</source>
        <translation>哪一列是什么内容？角色列可以不选：没有角色列时，QA Studio 会按规则判断谁是坐席，之后您可以更正。</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="105"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="116"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/imports/csv_mapping_dialog.py" line="116"/>
        <source>Choose three different columns for time, author and text.</source>
        <translation>请为时间、发送人和内容选择三个不同的列。</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../ui/settings/first_run.py" line="63"/>
        <source>Where to keep the data</source>
        <translation>数据保存在哪里</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="66"/>
        <source>&amp;This computer</source>
        <translation>本机(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="68"/>
        <source>The team&apos;s &amp;PostgreSQL server</source>
        <translation>团队的 PostgreSQL 服务器(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="78"/>
        <source>Test &amp;connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="84"/>
        <source>A file in your data folder: {path}</source>
        <translation>数据文件夹中的文件：{path}</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="87"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="88"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="89"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="90"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="91"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="112"/>
        <source>Test the connection to go on.</source>
        <translation>请先测试连接再继续。</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="121"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="127"/>
        <source>Connected: {server}</source>
        <translation>已连接：{server}</translation>
    </message>
</context>
<context>
    <name>EvaluationColumns</name>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="21"/>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="22"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="23"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="24"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="25"/>
        <source>Failure</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="26"/>
        <source>Dispute</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="27"/>
        <source>As first submitted</source>
        <translation>首次提交时</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="28"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="31"/>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="32"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="33"/>
        <source>partly accepted</source>
        <translation>部分接受</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="34"/>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="37"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="42"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="42"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="49"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="77"/>
        <source>Fatal — fails the evaluation</source>
        <translation>致命项 — 整份评估不合格</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="79"/>
        <source>Section-critical — fails its section</source>
        <translation>部分关键项 — 所在部分不合格</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="81"/>
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/criteria_model.py" line="136"/>
        <source>does not apply</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>EvaluationHistory</name>
    <message>
        <location filename="../ui/evaluations/history.py" line="19"/>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="20"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="21"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="22"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="25"/>
        <source>started</source>
        <translation>开始评估</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="26"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="27"/>
        <source>changed after submit</source>
        <translation>提交后修改</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="28"/>
        <source>acknowledged by the agent</source>
        <translation>坐席已确认</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="29"/>
        <source>dispute raised</source>
        <translation>提出申诉</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="30"/>
        <source>dispute decided</source>
        <translation>申诉已裁决</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="31"/>
        <source>answer changed</source>
        <translation>答案已修改</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/history.py" line="56"/>
        <source>score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>EvaluationReviewDialog</name>
    <message>
        <location filename="../reports/labels.py" line="68"/>
        <source>submitted, not yet acknowledged</source>
        <translation>已提交，等待坐席确认</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="69"/>
        <source>acknowledged by the agent</source>
        <translation>坐席已确认</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="70"/>
        <source>disputed, waiting for a lead&apos;s decision</source>
        <translation>已申诉，等待主管裁决</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="71"/>
        <source>disputes decided</source>
        <translation>申诉已全部裁决</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="60"/>
        <source>Evaluation {id}</source>
        <translation>评估 {id}</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="85"/>
        <source>&amp;Criteria</source>
        <translation>评分项(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="86"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="88"/>
        <source>Ac&amp;knowledge…</source>
        <translation>确认(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="89"/>
        <source>You have read this evaluation (for the agent it is about)</source>
        <translation>您已阅读此评估（供被评估的坐席使用）</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="91"/>
        <source>&amp;Dispute criterion…</source>
        <translation>申诉评分项(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="93"/>
        <source>D&amp;ecide dispute…</source>
        <translation>裁决申诉(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="95"/>
        <source>Change &amp;answer…</source>
        <translation>修改答案(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="96"/>
        <source>Change a submitted answer; a reason is required and kept</source>
        <translation>修改已提交的答案；必须填写理由并会被保存</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="98"/>
        <source>E&amp;xport history…</source>
        <translation>导出历史记录(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="100"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="137"/>
        <source>interaction {id}, reviewed by {reviewer}</source>
        <translation>互动 {id}，质检员 {reviewer}</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="140"/>
        <source>Score &lt;b&gt;{score}&lt;/b&gt; ({verdict})</source>
        <translation>得分 &lt;b&gt;{score}&lt;/b&gt;（{verdict}）</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="141"/>
        <source>passes</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="141"/>
        <source>does not pass</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="145"/>
        <source>as first submitted: {score}</source>
        <translation>首次提交时：{score}</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="147"/>
        <source>fatal failure: the evaluation scores 0</source>
        <translation>致命错误：评估计 0 分</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="152"/>
        <source>section-critical failure in {count} section(s)</source>
        <translation>{count} 个部分出现关键项不合格</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="158"/>
        <source>State: {state}</source>
        <translation>状态：{state}</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="192"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="208"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="208"/>
        <source>Confirm that you have read this evaluation and its comments?</source>
        <translation>确认您已阅读此评估及其评语？</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="233"/>
        <source>{who} disputes this answer: “{reason}” — proposed: {proposed}</source>
        <translation>{who} 对此答案提出申诉：“{reason}”— 建议答案：{proposed}</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="262"/>
        <source>Export history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="262"/>
        <source>CSV (*.csv)</source>
        <translation>CSV（*.csv）</translation>
    </message>
    <message>
        <location filename="../ui/evaluations/review_dialog.py" line="270"/>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="17"/>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="22"/>
        <source>{m} min {s} s</source>
        <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="24"/>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="28"/>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="30"/>
        <source>{h} h</source>
        <translation>{h} 小时</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="37"/>
        <source>in message {n} ({at})</source>
        <translation>（第 {n} 条消息，{at}）</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="40"/>
        <source>in message {n}</source>
        <translation>（第 {n} 条消息）</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="41"/>
        <source>at {at}</source>
        <translation>（{at}）</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="46"/>
        <source> from the agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="47"/>
        <source> from the customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="50"/>
        <source> in the first {d}</source>
        <translation>在前 {d} 内</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="52"/>
        <source> in the last {d}</source>
        <translation>在最后 {d} 内</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="65"/>
        <source>expected phrase “{phrase}” found {where}</source>
        <translation>找到规范用语“{phrase}”{where}</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="67"/>
        <source>forbidden phrase “{phrase}” found {where}</source>
        <translation>发现禁用语“{phrase}”{where}</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="72"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="73"/>
        <source>none of {phrases}{scope}</source>
        <translation>{scope}未说出 {phrases} 中的任何一句</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="75"/>
        <source>no forbidden phrase{scope}</source>
        <translation>{scope}未出现禁用语</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="77"/>
        <source>no agent reply after the customer&apos;s first message</source>
        <translation>客户首条消息后坐席没有回复</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="79"/>
        <source>first reply after {waited} (standard: {limit})</source>
        <translation>首次回复用时 {waited}（标准：{limit}）</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="83"/>
        <source>longest wait for a reply: {gap}, answered in message {n}</source>
        <translation>客户最长等待回复 {gap}，在第 {n} 条消息中回复</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="87"/>
        <source>{silence} of dead air at {at}</source>
        <translation>{at} 处静音 {silence}</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="95"/>
        <source>at least {p}</source>
        <translation>至少 {p}</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="97"/>
        <source>at most {p}</source>
        <translation>至多 {p}</translation>
    </message>
    <message>
        <location filename="../ui/scoring/evidence_text.py" line="98"/>
        <source>agent talked {p} of the time (expected {expected})</source>
        <translation>坐席说话时间占 {p}（应为 {expected}）</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="26"/>
        <source>Search names, ids, subjects and messages…</source>
        <translation>搜索姓名、编号、主题和消息…</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="28"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="30"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="30"/>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="31"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="31"/>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="32"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="32"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="35"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="39"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="44"/>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="44"/>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="49"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../ui/interactions/filter_bar.py" line="56"/>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../ui/settings/first_run.py" line="41"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="226"/>
        <source>Set up QA Studio</source>
        <translation>设置 QA Studio</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../ui/help/window.py" line="76"/>
        <source>QA Studio help</source>
        <translation>QA Studio 帮助</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="87"/>
        <source>The user guide (docs/user-guide.md) is not installed on this computer.</source>
        <translation>本机未安装用户指南（docs/user-guide.md）。</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="91"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="92"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../services/identity.py" line="53"/>
        <source>The name or password is wrong.</source>
        <translation>姓名或密码错误。</translation>
    </message>
    <message>
        <location filename="../services/identity.py" line="54"/>
        <source>The account {name} was disabled by an administrator.</source>
        <translation>账户 {name} 已被管理员停用。</translation>
    </message>
    <message>
        <location filename="../services/identity.py" line="55"/>
        <source>The database login {login} is not a QA Studio user. Ask your administrator to add you.</source>
        <translation>数据库登录名 {login} 不是 QA Studio 用户。请联系管理员添加您。</translation>
    </message>
    <message>
        <location filename="../services/identity.py" line="58"/>
        <source>This computer&apos;s QA Studio has accounts with passwords: sign in with your name and password.</source>
        <translation>本机 QA Studio 设有密码账户：请用您的姓名和密码登录。</translation>
    </message>
    <message>
        <location filename="../services/identity.py" line="61"/>
        <source>A password needs at least {length} characters.</source>
        <translation>密码至少需要 {length} 个字符。</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../ui/settings/first_run.py" line="175"/>
        <source>Who are you?</source>
        <translation>您是哪位？</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="184"/>
        <source>Load &amp;demo data (two teams, six agents, chats, e-mails and calls) to explore</source>
        <translation>载入演示数据(&amp;D)（两个团队、六位坐席、聊天、邮件和通话）以便体验</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="187"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="202"/>
        <source>You are the first person on this database: you will be its administrator.</source>
        <translation>您是这个数据库的第一位用户：您将成为管理员。</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="203"/>
        <source>Choose the name the others know you by; an administrator sets your role.</source>
        <translation>请使用同事们熟悉的姓名；您的角色由管理员设置。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/imports/dialog.py" line="63"/>
        <source>Import recordings, chats and e-mails</source>
        <translation>导入录音、聊天和邮件</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="75"/>
        <source>Files and folders to import</source>
        <translation>要导入的文件和文件夹</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="77"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="78"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="79"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="88"/>
        <source>For files that do not say it themselves</source>
        <translation>用于未自带这些信息的文件</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="90"/>
        <location filename="../ui/imports/dialog.py" line="104"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="91"/>
        <location filename="../ui/imports/dialog.py" line="105"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="94"/>
        <source>Set a start time</source>
        <translation>设置开始时间</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="99"/>
        <source>Start date and time</source>
        <translation>开始日期和时间</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="106"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="107"/>
        <source>Customer reference</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="108"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="110"/>
        <source>Per-file details and formats</source>
        <translation>逐个文件的详情和格式</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="113"/>
        <source>CSV with columns file, agent, team, queue, date, customer…</source>
        <translation>包含“file”“agent”“team”“queue”“date”“customer”… 列的 CSV</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="114"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="127"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="129"/>
        <source>Preset: {name}</source>
        <translation>预设：{name}</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="130"/>
        <source>Custom columns…</source>
        <translation>自定义列…</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="132"/>
        <source>Copy recordings into QA Studio&apos;s media library</source>
        <translation>将录音复制到 QA Studio 的媒体库</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="134"/>
        <source>Manifest</source>
        <translation>清单文件</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="135"/>
        <location filename="../ui/imports/dialog.py" line="294"/>
        <source>File-name pattern</source>
        <translation>文件名模式</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="137"/>
        <source>CSV chat columns</source>
        <translation>CSV 聊天列</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="152"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="155"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="157"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="196"/>
        <source>Choose recordings, chat logs or e-mails</source>
        <translation>选择录音、聊天记录或电子邮件</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="199"/>
        <source>Supported files (*.wav *.mp3 *.m4a *.aac *.flac *.ogg *.opus *.csv *.json *.txt *.eml *.mbox);;All files (*)</source>
        <translation>支持的文件 (*.wav *.mp3 *.m4a *.aac *.flac *.ogg *.opus *.csv *.json *.txt *.eml *.mbox);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="208"/>
        <source>Choose a folder to import</source>
        <translation>选择要导入的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="215"/>
        <source>Choose a manifest</source>
        <translation>选择清单文件</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="215"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="235"/>
        <source>Add a file to preview what the pattern reads.</source>
        <translation>添加一个文件，预览模式读取的内容。</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="239"/>
        <source>{name} does not match the pattern</source>
        <translation>{name} 与模式不匹配</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="242"/>
        <source>{name} → {values}</source>
        <translation>{name} → {values}</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="249"/>
        <source>Custom columns</source>
        <translation>自定义列</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="249"/>
        <source>Add a CSV chat log first.</source>
        <translation>请先添加一个 CSV 聊天记录。</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="287"/>
        <source>Nothing to import</source>
        <translation>没有要导入的内容</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="287"/>
        <source>Add files or folders first.</source>
        <translation>请先添加文件或文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="302"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="320"/>
        <source>Importing {done} of {total}: {name}</source>
        <translation>正在导入第 {done} 个，共 {total} 个：{name}</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="326"/>
        <source>Cancelling after the current file…</source>
        <translation>当前文件完成后取消…</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="335"/>
        <source>{imported} imported, {duplicates} duplicates, {refused} refused</source>
        <translation>已导入 {imported} 个，重复 {duplicates} 个，拒绝 {refused} 个</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="341"/>
        <source>Cancelled: {summary}</source>
        <translation>已取消：{summary}</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="343"/>
        <source>Stopped: {error}</source>
        <translation>已停止：{error}</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="344"/>
        <source>Import stopped</source>
        <translation>导入已停止</translation>
    </message>
    <message>
        <location filename="../ui/imports/dialog.py" line="353"/>
        <location filename="../ui/imports/dialog.py" line="354"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <location filename="../ui/imports/results_model.py" line="15"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/imports/results_model.py" line="16"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/imports/results_model.py" line="17"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/imports/results_model.py" line="20"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../ui/imports/results_model.py" line="21"/>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../ui/imports/results_model.py" line="22"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>InteractionColumns</name>
    <message>
        <location filename="../ui/interactions/model.py" line="34"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="35"/>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="36"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="37"/>
        <source>Social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="40"/>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="41"/>
        <source>Transcribed</source>
        <translation>已转写</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="42"/>
        <source>Evaluated</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="65"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="68"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="75"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="80"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="81"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="82"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="85"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="94"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="101"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="108"/>
        <source>Subject / first words</source>
        <translation>主题 / 开头内容</translation>
    </message>
    <message>
        <location filename="../ui/interactions/model.py" line="113"/>
        <source>Source file</source>
        <translation>源文件</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="74"/>
        <source>Who is who (decided by a rule; correct it if it is wrong)</source>
        <translation>谁是谁（由规则判断；如有错误请更正）</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="79"/>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="85"/>
        <source>&amp;Score this interaction</source>
        <translation>为此互动评分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="88"/>
        <source>Score this interaction (Ctrl+E)</source>
        <translation>为此互动评分（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="91"/>
        <source>Comment on this &amp;moment</source>
        <translation>备注此时刻(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="95"/>
        <source>Put the current moment (the call&apos;s position, or the chat message you clicked) into the comment being written, as [mm:ss] (Ctrl+M)</source>
        <translation>把当前时刻（通话播放位置，或您点击的聊天消息）以 [mm:ss] 形式插入正在填写的备注 (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="106"/>
        <source>Interaction not found</source>
        <translation>找不到互动</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="107"/>
        <source>This interaction no longer exists.</source>
        <translation>此互动已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="111"/>
        <source>Interaction {id} — {channel}</source>
        <translation>互动 {id} — {channel}</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="118"/>
        <location filename="../ui/interactions/detail_dialog.py" line="225"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="119"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="120"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="121"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="122"/>
        <location filename="../ui/interactions/detail_dialog.py" line="225"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="123"/>
        <source>External id</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="124"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="195"/>
        <source>Play the call to the moment, or click the chat message, first.</source>
        <translation>请先把通话播放到该时刻，或点击相应的聊天消息。</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="196"/>
        <source>No moment chosen</source>
        <translation>未选择时刻</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="225"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="228"/>
        <source>Role of {author}</source>
        <translation>{author} 的角色</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="246"/>
        <source>Role not changed</source>
        <translation>角色未修改</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="271"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="272"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="273"/>
        <source>Sample rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="274"/>
        <source>Channels</source>
        <translation>声道</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="274"/>
        <source>stereo</source>
        <translation>立体声</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="275"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="276"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="277"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="279"/>
        <source>Stored</source>
        <translation>存储方式</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="280"/>
        <source>copied into the media library</source>
        <translation>已复制到媒体库</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="280"/>
        <source>by reference</source>
        <translation>按引用</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="284"/>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../ui/interactions/detail_dialog.py" line="287"/>
        <source>No messages.</source>
        <translation>没有消息。</translation>
    </message>
</context>
<context>
    <name>InteractionList</name>
    <message>
        <location filename="../ui/interactions/list_view.py" line="26"/>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="190"/>
        <source>Transcription jobs</source>
        <translation>转写任务</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="195"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="196"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/settings/first_run.py" line="51"/>
        <source>Welcome to QA Studio</source>
        <translation>欢迎使用 QA Studio</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="52"/>
        <source>Everything stays on this computer or your team&apos;s own database.</source>
        <translation>所有数据只保存在本机或您团队自己的数据库中。</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="57"/>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="122"/>
        <source>Database: {url}</source>
        <translation>数据库：{url}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="125"/>
        <source>Transcription jobs</source>
        <translation>转写任务</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="133"/>
        <source>My work</source>
        <translation>我的工作</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="178"/>
        <source>Resuming {count} interrupted transcription(s).</source>
        <translation>正在恢复 {count} 个被中断的转写任务。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="203"/>
        <source>Select one or more calls first.</source>
        <translation>请先选择一个或多个通话。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="214"/>
        <source>QA Studio — {name}</source>
        <translation>QA Studio — {name}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="215"/>
        <source>Signed in: {name} ({role})</source>
        <translation>已登录：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="244"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="248"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="251"/>
        <source>Load &amp;demo data</source>
        <translation>载入演示数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="254"/>
        <source>&amp;Transcribe selected calls</source>
        <translation>转写所选通话(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="258"/>
        <source>Transcribe selected calls &amp;with options…</source>
        <translation>按选项转写所选通话(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="260"/>
        <source>Transcribe all &amp;untranscribed calls</source>
        <translation>转写所有未转写的通话(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="262"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="266"/>
        <source>&amp;Users and roles…</source>
        <translation>用户和角色(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="271"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="275"/>
        <source>&amp;About QA Studio</source>
        <translation>关于 QA Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="278"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="287"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="291"/>
        <source>Draw a &amp;sample…</source>
        <translation>抽取样本(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="294"/>
        <source>&amp;Scorecards…</source>
        <translation>评分表(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="297"/>
        <source>&amp;Evaluations</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="300"/>
        <source>&amp;Calibration…</source>
        <translation>校准(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="305"/>
        <source>&amp;Reports and coaching…</source>
        <translation>报告与辅导(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="311"/>
        <source>&amp;Calls</source>
        <translation>通话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="315"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="319"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="323"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="329"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="349"/>
        <source>1 interaction</source>
        <translation>1 条互动</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="349"/>
        <source>{count} interactions</source>
        <translation>{count} 条互动</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="352"/>
        <source>{shown} of {total} interactions</source>
        <translation>{shown} / {total} 条互动</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="355"/>
        <source>Database problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="433"/>
        <source>Cannot open the evaluation</source>
        <translation>无法打开评估</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="463"/>
        <source>Cannot score this item</source>
        <translation>无法为此条评分</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="503"/>
        <source>Saved. The new database or language is used after a restart.</source>
        <translation>已保存。新的数据库或语言将在重启后生效。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="239"/>
        <source>Signed in as {name} ({role}).</source>
        <translation>当前用户：{name}（{role}）。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="268"/>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="536"/>
        <source>Cannot score this interaction</source>
        <translation>无法为此互动评分</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="562"/>
        <source>Loading demo data…</source>
        <translation>正在载入演示数据…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="569"/>
        <source>Welcome to QA Studio</source>
        <translation>欢迎使用 QA Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="571"/>
        <source>The database is empty. Load demo data (two teams, six agents, chats, e-mails and calls) to explore QA Studio? You can import your own recordings and chat logs at any time.</source>
        <translation>数据库是空的。要载入演示数据（两个团队、六位坐席、聊天、邮件和通话）来体验 QA Studio 吗？您随时可以导入自己的录音和聊天记录。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="586"/>
        <source>Demo data loaded: {count} new interactions.</source>
        <translation>演示数据已载入：新增 {count} 条互动。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="594"/>
        <source>Demo data not loaded</source>
        <translation>演示数据未载入</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="609"/>
        <source>About QA Studio</source>
        <translation>关于 QA Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="611"/>
        <source>QA Studio {version}
Local-first quality assurance for contact centres.
Recordings, transcripts and scores stay on this computer or your team&apos;s own database.</source>
        <translation>QA Studio {version}
本地优先的联络中心质检工具。
录音、转写稿和评分只保存在本机或您团队自己的数据库中。</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../ui/settings/first_run.py" line="140"/>
        <source>Transcription model</source>
        <translation>转写模型</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="141"/>
        <source>Calls are transcribed on this computer; nothing is uploaded.</source>
        <translation>通话在本机转写，不会上传任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="144"/>
        <source>English only</source>
        <translation>仅英语</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="144"/>
        <source>many languages, Mandarin too</source>
        <translation>多种语言，包括普通话</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="146"/>
        <source>Use a model &amp;folder…</source>
        <translation>使用模型文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/settings/first_run.py" line="158"/>
        <source>Choose a Whisper (CTranslate2) model folder</source>
        <translation>选择 Whisper（CTranslate2）模型文件夹</translation>
    </message>
</context>
<context>
    <name>MyResultsPage</name>
    <message>
        <location filename="../ui/results/window.py" line="51"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="62"/>
        <source>My evaluations; double-click one to read, acknowledge or dispute it</source>
        <translation>我的评估；双击一条即可阅读、确认或申诉</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="68"/>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="68"/>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="68"/>
        <source>Moment</source>
        <translation>时刻</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="69"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="69"/>
        <source>What was said then</source>
        <translation>当时说了什么</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="75"/>
        <source>Co&amp;mments</source>
        <translation>评语(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="77"/>
        <source>&amp;Open, acknowledge or dispute…</source>
        <translation>打开、确认或申诉(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="81"/>
        <source>&lt;b&gt;My results&lt;/b&gt;</source>
        <translation>&lt;b&gt;我的结果&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="83"/>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="115"/>
        <source>(whole evaluation)</source>
        <translation>（整个评估）</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="124"/>
        <source>Cannot show your results</source>
        <translation>无法显示您的结果</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="139"/>
        <source>Save my report</source>
        <translation>保存我的报告</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="140"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="148"/>
        <source>Report saved</source>
        <translation>报告已保存</translation>
    </message>
    <message>
        <location filename="../ui/results/window.py" line="148"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
</context>
<context>
    <name>NewCalibrationSession</name>
    <message>
        <location filename="../ui/calibration/new_session.py" line="36"/>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="37"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="38"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="39"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="40"/>
        <source>Subject / first words</source>
        <translation>主题 / 开头内容</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../ui/calibration/new_session.py" line="115"/>
        <source>New calibration session</source>
        <translation>新建校准会议</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="127"/>
        <source>Interactions to calibrate on</source>
        <translation>用于校准的互动</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="138"/>
        <source>No expert: the consensus becomes the benchmark</source>
        <translation>无专家：以一致结论为基准</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="147"/>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="152"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="153"/>
        <source>&amp;Scorecard:</source>
        <translation>评分表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="154"/>
        <source>Interactions:</source>
        <translation>互动：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="155"/>
        <source>Re&amp;viewers:</source>
        <translation>质检员(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="156"/>
        <source>&amp;Expert:</source>
        <translation>专家(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="157"/>
        <source>&amp;Tolerance:</source>
        <translation>容差(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="159"/>
        <source>Create session</source>
        <translation>创建会议</translation>
    </message>
    <message>
        <location filename="../ui/calibration/new_session.py" line="185"/>
        <source>There is no active scorecard to calibrate on.</source>
        <translation>没有可用于校准的评分表。</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="17"/>
        <location filename="../ui/transcripts/player_bar.py" line="50"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="19"/>
        <source>Play or pause (Ctrl+Space)</source>
        <translation>播放或暂停（Ctrl+空格）</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="20"/>
        <source>−5 s</source>
        <translation>−5 秒</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="21"/>
        <source>Back 5 seconds (Alt+Left)</source>
        <translation>后退 5 秒（Alt+左方向键）</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="22"/>
        <source>+5 s</source>
        <translation>+5 秒</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="23"/>
        <source>Forward 5 seconds (Alt+Right)</source>
        <translation>前进 5 秒（Alt+右方向键）</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="26"/>
        <source>Playback position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="29"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/player_bar.py" line="50"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>QtPlayer</name>
    <message>
        <location filename="../ui/transcripts/player.py" line="68"/>
        <source>The recording {path} is missing.</source>
        <translation>录音文件 {path} 不存在。</translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message>
        <location filename="../transcribe/redaction.py" line="26"/>
        <source>[card]</source>
        <translation>[银行卡号]</translation>
    </message>
    <message>
        <location filename="../transcribe/redaction.py" line="27"/>
        <source>[phone]</source>
        <translation>[电话号码]</translation>
    </message>
    <message>
        <location filename="../transcribe/redaction.py" line="28"/>
        <source>[ID]</source>
        <translation>[证件号]</translation>
    </message>
    <message>
        <location filename="../transcribe/redaction.py" line="29"/>
        <source>[email]</source>
        <translation>[邮箱]</translation>
    </message>
    <message>
        <location filename="../transcribe/redaction.py" line="30"/>
        <source>[number]</source>
        <translation>[数字]</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../ui/reports/charts.py" line="50"/>
        <source>Average score by week</source>
        <translation>按周平均分</translation>
    </message>
    <message>
        <location filename="../ui/reports/charts.py" line="52"/>
        <source>Average score by month</source>
        <translation>按月平均分</translation>
    </message>
    <message>
        <location filename="../ui/reports/charts.py" line="58"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/reports/charts.py" line="66"/>
        <source>Team average</source>
        <translation>团队平均</translation>
    </message>
    <message>
        <location filename="../ui/reports/charts.py" line="90"/>
        <source>Average score per agent</source>
        <translation>各坐席平均分</translation>
    </message>
    <message>
        <location filename="../ui/reports/charts.py" line="92"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../ui/reports/window.py" line="68"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="69"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="70"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="71"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="72"/>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="73"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="359"/>
        <source>Reports and coaching</source>
        <translation>报告与辅导</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="370"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="371"/>
        <source>A preset, or type 2026-10, 2026-Q3 or 2026-01-01..2026-03-31</source>
        <translation>选择预设，或输入 2026-10、2026-Q3 或 2026-01-01..2026-03-31</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="381"/>
        <source>Teams and agents</source>
        <translation>团队和坐席</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="385"/>
        <source>Choose a team or an agent on the left.</source>
        <translation>请在左侧选择团队或坐席。</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="393"/>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="435"/>
        <source>Agents without a team</source>
        <translation>未分组的坐席</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="488"/>
        <source>Cannot show the report</source>
        <translation>无法显示报告</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="508"/>
        <source>an action item</source>
        <translation>一个行动项</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="508"/>
        <source>a coaching session</source>
        <translation>一个辅导会话</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="509"/>
        <source>Nothing chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="509"/>
        <source>Choose {what} first.</source>
        <translation>请先选择{what}。</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="534"/>
        <source>New action item</source>
        <translation>新行动项</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="534"/>
        <source>What will the agent do?</source>
        <translation>坐席要做什么？</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="543"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="562"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="562"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="563"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="582"/>
        <source>Report exported</source>
        <translation>报告已导出</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="582"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="586"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>RoleReasons</name>
    <message>
        <location filename="../ui/interactions/role_reasons.py" line="15"/>
        <source>stated in the file</source>
        <translation>文件中已注明</translation>
    </message>
    <message>
        <location filename="../ui/interactions/role_reasons.py" line="16"/>
        <source>matches agent “{value}”</source>
        <translation>与坐席“{value}”一致</translation>
    </message>
    <message>
        <location filename="../ui/interactions/role_reasons.py" line="17"/>
        <source>name is “{value}”</source>
        <translation>名称为“{value}”</translation>
    </message>
    <message>
        <location filename="../ui/interactions/role_reasons.py" line="18"/>
        <source>name contains “{value}”</source>
        <translation>名称包含“{value}”</translation>
    </message>
    <message>
        <location filename="../ui/interactions/role_reasons.py" line="21"/>
        <source>address on the agents&apos; domain “{value}”</source>
        <translation>地址属于坐席所用的域名“{value}”</translation>
    </message>
    <message>
        <location filename="../ui/interactions/role_reasons.py" line="23"/>
        <source>the only other participant</source>
        <translation>唯一的另一方</translation>
    </message>
    <message>
        <location filename="../ui/interactions/role_reasons.py" line="26"/>
        <source>first to write — assumed customer</source>
        <translation>最先发言 — 视为客户</translation>
    </message>
    <message>
        <location filename="../ui/interactions/role_reasons.py" line="30"/>
        <source>answered the customer — assumed agent</source>
        <translation>回复了客户 — 视为坐席</translation>
    </message>
    <message>
        <location filename="../ui/interactions/role_reasons.py" line="32"/>
        <source>corrected by {value}</source>
        <translation>由 {value} 更正</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../ui/settings/users.py" line="37"/>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="38"/>
        <source>Team lead</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="39"/>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="40"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="41"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="47"/>
        <source>Draw a sample</source>
        <translation>抽取样本</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="54"/>
        <source>&amp;Number per agent:</source>
        <translation>每位坐席条数(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="59"/>
        <source>Number per agent</source>
        <translation>每位坐席条数</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="60"/>
        <source>&amp;Percentage:</source>
        <translation>百分比(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="65"/>
        <source>Percentage of each agent&apos;s interactions</source>
        <translation>每位坐席互动的百分比</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="68"/>
        <source>at least </source>
        <translation>至少 </translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="69"/>
        <source>At least this many per agent</source>
        <translation>每位坐席至少条数</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="77"/>
        <source>calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="77"/>
        <source>chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="77"/>
        <source>e-mails</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="82"/>
        <source>Share of {channel}</source>
        <translation>{channel}占比</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="85"/>
        <source>(all 0: any channel; a short stratum falls back to the others)</source>
        <translation>（全部为 0：不限渠道；某一分层不足时由其他分层补足）</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="88"/>
        <source>Only &amp;between</source>
        <translation>仅限日期范围(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="92"/>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="93"/>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="105"/>
        <source> s (calls shorter are skipped)</source>
        <translation> 秒（更短的通话会被跳过）</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="107"/>
        <source>Include interactions already &amp;evaluated</source>
        <translation>包括已评估的互动(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="111"/>
        <source>The same plan and seed always give the same sample</source>
        <translation>相同的方案和种子总会得到相同的样本</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="121"/>
        <source>Add a reviewer by name and press Enter</source>
        <translation>输入质检员姓名后按回车添加</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="124"/>
        <source>Round robin</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="125"/>
        <source>By current load</source>
        <translation>按当前工作量</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="128"/>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="130"/>
        <source>monthly sample</source>
        <translation>月度抽样</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="137"/>
        <source>Sample size:</source>
        <translation>样本量：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="138"/>
        <source>Channel shares:</source>
        <translation>渠道占比：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="139"/>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="140"/>
        <source>Minimum duration:</source>
        <translation>最短时长：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="142"/>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="143"/>
        <source>Re&amp;viewers:</source>
        <translation>质检员(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="145"/>
        <source>Assign:</source>
        <translation>分配方式：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="146"/>
        <source>Most open items per reviewer:</source>
        <translation>每位质检员最多未完成条数：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="147"/>
        <source>Plan &amp;name:</source>
        <translation>方案名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="148"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="162"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="164"/>
        <source>&amp;Assign to reviewers</source>
        <translation>分配给质检员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="167"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="217"/>
        <source>The plan does not add up</source>
        <translation>抽样方案不成立</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="221"/>
        <source>No reviewer</source>
        <translation>没有质检员</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="221"/>
        <source>Tick at least one reviewer.</source>
        <translation>请至少勾选一位质检员。</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="227"/>
        <source>Drawing the sample…</source>
        <translation>正在抽取样本…</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="243"/>
        <source>{count} interactions sampled for {agents} agents.</source>
        <translation>已为 {agents} 位坐席抽取 {count} 条互动。</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="249"/>
        <source>⚠ {agent}: only {available} of {wanted} — {reason}</source>
        <translation>⚠ {agent}：只有 {available} / {wanted} 条 — {reason}</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="256"/>
        <source>{count} left unassigned: every reviewer is at the cap.</source>
        <translation>{count} 条未分配：每位质检员都已达到上限。</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="261"/>
        <source>{count} assigned to reviewers&apos; queues.</source>
        <translation>已将 {count} 条分配到质检员的队列。</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="264"/>
        <source>Preview only: nothing assigned yet.</source>
        <translation>仅为预览：尚未分配。</translation>
    </message>
    <message>
        <location filename="../ui/queue/sample_dialog.py" line="271"/>
        <source>Sample not drawn</source>
        <translation>未能抽取样本</translation>
    </message>
</context>
<context>
    <name>ScorecardEditor</name>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="68"/>
        <source>Sections and criteria</source>
        <translation>部分和评分项</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="73"/>
        <source>Scorecard &amp;settings…</source>
        <translation>评分表设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="74"/>
        <source>Name, channel, pass mark, score bands, root causes</source>
        <translation>名称、渠道、合格线、分数段、根本原因</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="76"/>
        <source>Add section</source>
        <translation>添加部分</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="78"/>
        <source>Add &amp;criterion</source>
        <translation>添加评分项(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="80"/>
        <location filename="../ui/scorecard_editor/rows.py" line="134"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="82"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="84"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="109"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="110"/>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="120"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="125"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="128"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="251"/>
        <source>{count} problem(s) to fix before saving.</source>
        <translation>保存前需要修正 {count} 个问题。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="252"/>
        <source>Saving creates a new scorecard.</source>
        <translation>保存后将创建一个新评分表。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="254"/>
        <source>Saving changes how answers score, so it makes version {next}; evaluations already scored keep version {current}.</source>
        <translation>保存会改变答案的计分方式，因此将生成第 {next} 版；已完成的评估保留第 {current} 版。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="258"/>
        <source>Only wording changed: saving updates version {current} in place, scores stay as they are.</source>
        <translation>只修改了文字：保存将直接更新第 {current} 版，分数保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="260"/>
        <location filename="../ui/scorecard_editor/editor.py" line="295"/>
        <source>No changes to save.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="266"/>
        <source>Scorecard editor — {name}</source>
        <translation>评分表编辑器 — {name}</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="286"/>
        <source>Scorecard not saved</source>
        <translation>评分表未保存</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="292"/>
        <source>Saved as a new scorecard.</source>
        <translation>已保存为新评分表。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="293"/>
        <source>Saved as version {version}.</source>
        <translation>已保存为第 {version} 版。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="294"/>
        <source>Wording of version {version} updated.</source>
        <translation>第 {version} 版的文字已更新。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="305"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/editor.py" line="306"/>
        <source>Close the editor and lose the changes that are not saved?</source>
        <translation>关闭编辑器并放弃未保存的修改？</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="29"/>
        <source>Yes / no</source>
        <translation>是 / 否</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="30"/>
        <source>Yes / no / N/A</source>
        <translation>是 / 否 / 不适用</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="31"/>
        <source>Numeric scale</source>
        <translation>数值量表</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="32"/>
        <source>Single choice with points</source>
        <translation>单选（带分值）</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="33"/>
        <source>Checklist of deductions</source>
        <translation>扣分清单</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="34"/>
        <source>Comment (no score)</source>
        <translation>备注（不计分）</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="35"/>
        <source>Choice (no score)</source>
        <translation>选择（不计分）</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="36"/>
        <source>Date (no score)</source>
        <translation>日期（不计分）</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="39"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="40"/>
        <source>FATAL — fails the whole evaluation (score 0)</source>
        <translation>致命项 — 整份评估不合格（计 0 分）</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="41"/>
        <source>SECTION-CRITICAL — fails its section</source>
        <translation>部分关键项 — 所在部分不合格</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="44"/>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="45"/>
        <location filename="../ui/scorecard_editor/forms.py" line="52"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="46"/>
        <location filename="../ui/scorecard_editor/forms.py" line="53"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="47"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="48"/>
        <source>Fails</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="54"/>
        <source>From score</source>
        <translation>起始分数</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/rows.py" line="132"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>ScorecardForm</name>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="145"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="148"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="151"/>
        <source>What changed</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="154"/>
        <source>Any channel</source>
        <translation>任意渠道</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="155"/>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="155"/>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="155"/>
        <source>E-mails</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="156"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="163"/>
        <source>Score bands</source>
        <translation>分数段</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="169"/>
        <source>Root causes</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="171"/>
        <source>&amp;Key:</source>
        <translation>代码(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="172"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="173"/>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="174"/>
        <source>What changed in this version:</source>
        <translation>本版修改内容：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="175"/>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="176"/>
        <source>&amp;Pass mark:</source>
        <translation>合格线(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="177"/>
        <source>Score bands:</source>
        <translation>分数段：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="178"/>
        <source>Root causes:</source>
        <translation>根本原因：</translation>
    </message>
</context>
<context>
    <name>ScorecardLibrary</name>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="35"/>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="36"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="37"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="38"/>
        <source>Latest version</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="39"/>
        <source>Evaluations</source>
        <translation>评估数</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="40"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="72"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="74"/>
        <source>active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="85"/>
        <source>Scorecards</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="101"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="102"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="103"/>
        <source>&amp;Duplicate…</source>
        <translation>复制(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="104"/>
        <source>&amp;Import file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="105"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="106"/>
        <location filename="../ui/scorecard_editor/library.py" line="147"/>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="108"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="131"/>
        <source>Database problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="147"/>
        <source>&amp;Restore</source>
        <translation>恢复使用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="157"/>
        <source>Key of the new scorecard (letters, digits, _):</source>
        <translation>新评分表的代码（字母、数字、_）：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="163"/>
        <source>A scorecard with the key {key} exists already.</source>
        <translation>代码为 {key} 的评分表已存在。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="168"/>
        <source>New scorecard</source>
        <translation>新建评分表</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="184"/>
        <source>Duplicate scorecard</source>
        <translation>复制评分表</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="194"/>
        <source>Import a scorecard</source>
        <translation>导入评分表</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="194"/>
        <source>Scorecards (*.yaml *.yml)</source>
        <translation>评分表 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="203"/>
        <location filename="../ui/scorecard_editor/library.py" line="208"/>
        <source>Scorecard not imported</source>
        <translation>评分表未导入</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="204"/>
        <source>Nothing was imported. Problems:</source>
        <translation>未导入任何内容。问题：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="213"/>
        <source>{key} imported as a new scorecard.</source>
        <translation>{key} 已作为新评分表导入。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="214"/>
        <source>{key}: scoring changed, saved as version {version}.</source>
        <translation>{key}：计分方式已改变，保存为第 {version} 版。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="215"/>
        <source>{key}: wording of version {version} updated.</source>
        <translation>{key}：第 {version} 版的文字已更新。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="216"/>
        <source>{key} is already up to date (version {version}).</source>
        <translation>{key} 已是最新（第 {version} 版）。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="219"/>
        <source>Scorecard imported</source>
        <translation>评分表已导入</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="228"/>
        <source>Export scorecard</source>
        <translation>导出评分表</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="228"/>
        <source>Scorecards (*.yaml)</source>
        <translation>评分表 (*.yaml)</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="236"/>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/library.py" line="247"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
</context>
<context>
    <name>ScorecardPreview</name>
    <message>
        <location filename="../ui/scorecard_editor/preview.py" line="36"/>
        <source>Fix the problems listed below to see the preview.</source>
        <translation>请修正下方列出的问题后查看预览。</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/preview.py" line="39"/>
        <source>bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/preview.py" line="64"/>
        <source>passes</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/preview.py" line="64"/>
        <source>does not pass</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/preview.py" line="68"/>
        <source>&lt;b&gt;Preview score: {score}&lt;/b&gt; — {verdict} {band}</source>
        <translation>&lt;b&gt;预览得分：{score}&lt;/b&gt; — {verdict} {band}</translation>
    </message>
</context>
<context>
    <name>ScorecardTree</name>
    <message>
        <location filename="../ui/scorecard_editor/tree.py" line="62"/>
        <source>Section / criterion</source>
        <translation>部分 / 评分项</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/tree.py" line="63"/>
        <source>Weight / points</source>
        <translation>权重 / 分值</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/tree.py" line="81"/>
        <source>bonus ≤ {weight}</source>
        <translation>加分 ≤ {weight}</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../ui/scoring/panel.py" line="75"/>
        <source>bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="99"/>
        <source>Overall comment</source>
        <translation>总体评语</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="101"/>
        <source>Submit (Ctrl+Enter)</source>
        <translation>提交（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="104"/>
        <source>&amp;Review, acknowledge or dispute…</source>
        <translation>查看、确认或申诉(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="136"/>
        <location filename="../ui/scoring/panel.py" line="255"/>
        <source>Submitted: score {score}.</source>
        <translation>已提交：得分 {score}。</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="162"/>
        <source>{count} to answer</source>
        <translation>还有 {count} 项待答</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="164"/>
        <source>{score} so far — {count} to answer</source>
        <translation>目前 {score} 分 — 还有 {count} 项未答</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="166"/>
        <source>passes</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="166"/>
        <source>does not pass</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="237"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="240"/>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <location filename="../ui/scoring/panel.py" line="250"/>
        <source>Not submitted: {reason}</source>
        <translation>未提交：{reason}</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="210"/>
        <source>Section name</source>
        <translation>部分名称</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="214"/>
        <source>&amp;Bonus section: can only add to the score, up to its weight</source>
        <translation>加分部分(&amp;B)：只会增加得分，最多加其权重分</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="216"/>
        <source>&amp;Key:</source>
        <translation>代码(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="217"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/scorecard_editor/forms.py" line="218"/>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings/dialog.py" line="51"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="60"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="76"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="77"/>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="78"/>
        <source>A new language shows after QA Studio restarts.</source>
        <translation>新语言将在 QA Studio 重启后显示。</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="79"/>
        <source>You</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="82"/>
        <source>&amp;This computer (a file in your data folder)</source>
        <translation>本机(&amp;T)（数据文件夹中的文件）</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="83"/>
        <source>The team&apos;s &amp;PostgreSQL server</source>
        <translation>团队的 PostgreSQL 服务器(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="93"/>
        <source>Test &amp;connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="97"/>
        <source>The password is kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation>密码保存在本机的系统密钥环中，绝不写入设置文件。</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="100"/>
        <source>No keyring is available on this computer: the password is kept only until QA Studio closes, and you will be asked again next time. It is never written to a file.</source>
        <translation>本机没有可用的系统密钥环：密码仅在 QA Studio 关闭前保留，下次会再次询问。密码绝不会写入文件。</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="109"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="110"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="111"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="112"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="113"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="119"/>
        <source>A new database is used after QA Studio restarts.</source>
        <translation>新数据库将在 QA Studio 重启后使用。</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="120"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="127"/>
        <source>Default (multilingual base)</source>
        <translation>默认（多语言 base）</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="132"/>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="132"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="132"/>
        <source>Mandarin Chinese</source>
        <translation>普通话</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="136"/>
        <source>Skip &amp;silence (voice activity detection)</source>
        <translation>跳过静音（语音活动检测）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="139"/>
        <source>Left (channel 1)</source>
        <translation>左声道（声道 1）</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="140"/>
        <source>Right (channel 2)</source>
        <translation>右声道（声道 2）</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="147"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="148"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="150"/>
        <source>&amp;Agent&apos;s side of stereo calls:</source>
        <translation>立体声通话中坐席所在声道(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="151"/>
        <source>&amp;Beam size:</source>
        <translation>束宽(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="152"/>
        <source>Transcription</source>
        <translation>转写</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="155"/>
        <source>&amp;Mask card, phone and ID numbers and e-mail addresses in transcripts</source>
        <translation>在转写稿中遮盖银行卡号、电话号码、证件号和电子邮件地址(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="160"/>
        <source>Masking is best effort: it finds the usual number shapes, not every possible way of saying them.</source>
        <translation>遮盖为尽力而为：能识别常见的号码形式，但无法覆盖所有说法。</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="163"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="168"/>
        <source>Your home folder</source>
        <translation>您的主文件夹</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="169"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="176"/>
        <source>As the interface</source>
        <translation>与界面一致</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="182"/>
        <source>Shown in the header of PDF reports</source>
        <translation>显示在 PDF 报告的页眉中</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="184"/>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="186"/>
        <source>E&amp;xcel</source>
        <translation>E&amp;xcel</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="194"/>
        <source>Export &amp;folder:</source>
        <translation>导出文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="195"/>
        <source>Scorecard &amp;labels in reports:</source>
        <translation>报告中的评分项名称(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="196"/>
        <source>&amp;Organisation:</source>
        <translation>机构名称(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="197"/>
        <source>Batch export formats:</source>
        <translation>批量导出格式：</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="198"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="210"/>
        <source>Export reports into</source>
        <translation>报告导出到</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="244"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../ui/settings/dialog.py" line="250"/>
        <source>Connected: {server}</source>
        <translation>已连接：{server}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../ui/help/window.py" line="16"/>
        <source>Everywhere</source>
        <translation>所有窗口</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="17"/>
        <source>Import files and folders</source>
        <translation>导入文件和文件夹</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="18"/>
        <source>Transcribe the selected calls</source>
        <translation>转写所选通话</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="19"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="20"/>
        <source>Reports and coaching</source>
        <translation>报表与辅导</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="21"/>
        <source>This user guide</source>
        <translation>本用户指南</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="22"/>
        <source>These shortcuts</source>
        <translation>本快捷键表</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="23"/>
        <source>Open the chosen interaction or work item</source>
        <translation>打开所选互动或工作项</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="25"/>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="26"/>
        <source>Start scoring; go to the first criterion still to answer</source>
        <translation>开始评分；跳到第一个待答的评分项</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="27"/>
        <location filename="../ui/help/window.py" line="28"/>
        <source>Next / previous criterion</source>
        <translation>下一个 / 上一个评分项</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="29"/>
        <source>Answer yes / no / not applicable</source>
        <translation>回答 是 / 否 / 不适用</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="30"/>
        <source>The value on a scale; the option with that number in a list; tick or untick that deduction</source>
        <translation>量表上的分值；列表中该编号的选项；勾选或取消该扣分项</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="32"/>
        <source>Accept the suggested answer</source>
        <translation>采纳建议答案</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="33"/>
        <source>Choose the root cause (arrow keys), Esc to go back</source>
        <translation>选择根本原因（方向键），按 Esc 返回</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="34"/>
        <source>Write a comment on the criterion, Esc to go back</source>
        <translation>为该评分项写备注，按 Esc 返回</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="35"/>
        <source>Type a text or date answer, Esc to go back</source>
        <translation>输入文本或日期答案，按 Esc 返回</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="36"/>
        <source>Put the current moment of the call or chat into the comment</source>
        <translation>把通话或聊天的当前时刻写入备注</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="37"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="39"/>
        <source>Listening to a call</source>
        <translation>收听通话</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="40"/>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <location filename="../ui/help/window.py" line="41"/>
        <source>Back / forward 5 seconds</source>
        <translation>后退 / 前进 5 秒</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <location filename="../ui/settings/users.py" line="264"/>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="271"/>
        <source>On a team database each person signs in with their own database login: choose File → Settings → Database, enter your login, and restart QA Studio.</source>
        <translation>在团队数据库中，每个人都用自己的数据库登录名登录：请选择“文件 → 设置 → 数据库”，填写您的登录名，然后重新启动 QA Studio。</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="276"/>
        <source>Sign in with your QA Studio name and password. An administrator gives people on a shared computer a password under File → Users and roles.</source>
        <translation>请用您的 QA Studio 姓名和密码登录。共用电脑上的人员由管理员在“文件 → 用户和角色”中设置密码。</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="285"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="286"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../services/team.py" line="28"/>
        <source>Only a PostgreSQL database can be a team database.</source>
        <translation>只有 PostgreSQL 数据库才能成为团队数据库。</translation>
    </message>
    <message>
        <location filename="../services/team.py" line="29"/>
        <source>The role prefix {prefix} is not usable: lower-case letters, digits and _, starting with a letter.</source>
        <translation>角色前缀 {prefix} 不可用：只能使用小写字母、数字和 _，并以字母开头。</translation>
    </message>
    <message>
        <location filename="../services/team.py" line="32"/>
        <source>The login {login} is not usable: lower-case letters, digits and _ . @ -, starting with a letter.</source>
        <translation>登录名 {login} 不可用：只能使用小写字母、数字和 _ . @ -，并以字母开头。</translation>
    </message>
    <message>
        <location filename="../services/team.py" line="35"/>
        <source>Turning the database into a team database needs its owner&apos;s connection (the login that created it); {login} is not allowed to: {reason}</source>
        <translation>将数据库设为团队数据库需要其所有者（创建它的登录名）的连接；{login} 没有权限：{reason}</translation>
    </message>
    <message>
        <location filename="../services/team.py" line="39"/>
        <source>The database already has a login called {login}.</source>
        <translation>数据库中已有名为 {login} 的登录名。</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../ui/reports/window.py" line="292"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="292"/>
        <location filename="../ui/reports/window.py" line="318"/>
        <source>Evaluations</source>
        <translation>评估数</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="292"/>
        <location filename="../ui/reports/window.py" line="319"/>
        <source>Sampled (quota)</source>
        <translation>抽样数（配额）</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="293"/>
        <location filename="../ui/reports/window.py" line="320"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="293"/>
        <location filename="../ui/reports/window.py" line="321"/>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="293"/>
        <source>Fatal</source>
        <translation>致命项</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="294"/>
        <source>Section-critical</source>
        <translation>模块关键项</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="297"/>
        <source>Share of answers failed per criterion and agent</source>
        <translation>各评分项、各坐席的不合格比例</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="298"/>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="298"/>
        <source>Evaluations submitted</source>
        <translation>已提交评估</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="299"/>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="301"/>
        <source>&amp;Agents</source>
        <translation>坐席(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="302"/>
        <source>Failure &amp;heatmap</source>
        <translation>不合格热力图(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="303"/>
        <source>Reviewer &amp;workload</source>
        <translation>质检员工作量(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="304"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="306"/>
        <source>Export E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="308"/>
        <source>&amp;Batch export…</source>
        <translation>批量导出(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="314"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="317"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="322"/>
        <source>Fatal failures (score 0)</source>
        <translation>致命项不合格（计 0 分）</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="323"/>
        <source>Section-critical failures</source>
        <translation>模块关键项不合格</translation>
    </message>
    <message>
        <location filename="../ui/reports/window.py" line="332"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
</context>
<context>
    <name>TranscribeOptionsDialog</name>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="65"/>
        <source>Transcription options</source>
        <translation>转写选项</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="70"/>
        <location filename="../ui/transcripts/options_dialog.py" line="106"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="74"/>
        <source>Model folder…</source>
        <translation>模型文件夹…</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="77"/>
        <location filename="../ui/transcripts/options_dialog.py" line="108"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="78"/>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="78"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="78"/>
        <source>Mandarin Chinese</source>
        <translation>普通话</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="83"/>
        <source>Left (channel 1)</source>
        <translation>左声道（声道 1）</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="84"/>
        <source>Right (channel 2)</source>
        <translation>右声道（声道 2）</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="95"/>
        <source>Skip silence (voice activity detection)</source>
        <translation>跳过静音（语音活动检测）</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="100"/>
        <source>1 is fastest; larger beams are slower and rarely more accurate on calls.</source>
        <translation>1 最快；更大的束宽更慢，对通话的准确度也很少更高。</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="102"/>
        <source>Product names and terms the model should expect</source>
        <translation>模型应识别的产品名称和术语</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="103"/>
        <source>Use this model by default for this language</source>
        <translation>将此模型设为该语言的默认模型</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="109"/>
        <source>Agent&apos;s side of stereo calls</source>
        <translation>立体声通话中坐席所在的声道</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="110"/>
        <source>Beam size</source>
        <translation>束宽</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="111"/>
        <source>Glossary / prompt</source>
        <translation>词表 / 提示词</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="141"/>
        <source>Choose a Whisper (CTranslate2) model folder</source>
        <translation>选择 Whisper（CTranslate2）模型文件夹</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="147"/>
        <source>Not a usable model</source>
        <translation>不是可用的模型</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="86"/>
        <source>Separate agent and customer in mono calls</source>
        <translation>在单声道通话中区分坐席和客户</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="89"/>
        <source>The company&apos;s greeting, e.g. &quot;thank you for calling&quot;</source>
        <translation>公司的问候语，例如“感谢您的来电”</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="91"/>
        <source>Mono calls: the speaker who says this is the agent; without it, the first speaker is the agent.</source>
        <translation>单声道通话：说出这句问候语的一方为坐席；未设置时，先说话的一方为坐席。</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="93"/>
        <source>Swap agent and customer in mono calls</source>
        <translation>在单声道通话中对调坐席和客户</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/options_dialog.py" line="113"/>
        <source>Agent&apos;s greeting</source>
        <translation>坐席问候语</translation>
    </message>
</context>
<context>
    <name>TranscriptColumns</name>
    <message>
        <location filename="../ui/transcripts/segment_model.py" line="25"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/segment_model.py" line="26"/>
        <location filename="../ui/transcripts/segment_model.py" line="32"/>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/segment_model.py" line="27"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/segment_model.py" line="30"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/segment_model.py" line="31"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../ui/transcripts/view.py" line="64"/>
        <source>Playback problem: {text}</source>
        <translation>播放问题：{text}</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="70"/>
        <source>Find in transcript (Enter for next)…</source>
        <translation>在转写稿中查找（回车查找下一个）…</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="72"/>
        <source>Mask card, phone and ID numbers</source>
        <translation>遮盖银行卡号、电话号码和证件号</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="76"/>
        <source>Your role may not see unmasked transcripts.</source>
        <translation>您的角色无权查看未脱敏的转写稿。</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="78"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="91"/>
        <source>Transcript segments</source>
        <translation>转写片段</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="109"/>
        <source>Words of the current segment</source>
        <translation>当前片段的词</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="138"/>
        <source>Not transcribed yet: use Transcribe in the main window.</source>
        <translation>尚未转写：请在主窗口中使用“转写”。</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="143"/>
        <source>Transcript version {version}, {model}, language {language}</source>
        <translation>转写稿版本 {version}，{model}，语言 {language}</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="155"/>
        <source>Agent talk {agent} · customer talk {customer} · agent share {ratio} · longest silence {silence} at {at} · overtalk {overtalk} · holds {holds}</source>
        <translation>坐席说话 {agent} · 客户说话 {customer} · 坐席占比 {ratio} · 最长静音 {silence}（{at}）· 抢话 {overtalk} · 保留等待 {holds}</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="182"/>
        <source>Correction not saved</source>
        <translation>更正未保存</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="229"/>
        <source>No segment contains “{text}”.</source>
        <translation>没有片段包含“{text}”。</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="246"/>
        <source>Export transcript</source>
        <translation>导出转写稿</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/view.py" line="250"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>TranscriptionJobs</name>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="28"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="29"/>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="30"/>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="31"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="32"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="33"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="34"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="37"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="38"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="39"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="40"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/transcripts/jobs.py" line="41"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>UsersColumns</name>
    <message>
        <location filename="../ui/settings/users.py" line="43"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="43"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="45"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="46"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="47"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="48"/>
        <source>Signs in with</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="83"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="85"/>
        <source>login {login}</source>
        <translation>登录名 {login}</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="89"/>
        <source>agent {name}</source>
        <translation>坐席 {name}</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../ui/settings/users.py" line="97"/>
        <source>Users and roles</source>
        <translation>用户和角色</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="110"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="112"/>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="114"/>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="116"/>
        <location filename="../ui/settings/users.py" line="158"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="118"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="125"/>
        <source>Team leads create and reveal calibrations and decide disputes; trainers coach; agents see only their own results; administrators also manage users. On a team database each person signs in with their own database login; on this computer with its account, or with a password where several people share the PC.</source>
        <translation>组长创建并公布校准、裁决申诉；培训师负责辅导；坐席只能看到自己的结果；管理员还负责管理用户。在团队数据库中，每个人用自己的数据库登录名登录；在本机上用本机账户登录，若多人共用一台电脑，则用密码登录。</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="193"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="193"/>
        <source>New password for {name}:</source>
        <translation>{name} 的新密码：</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="158"/>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="164"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="171"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/settings/users.py" line="171"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
</context>
<context>
    <name>WorkColumns</name>
    <message>
        <location filename="../ui/queue/models.py" line="22"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="23"/>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="24"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="25"/>
        <source>Social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="28"/>
        <source>to acknowledge</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="29"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="30"/>
        <source>disputed</source>
        <translation>已申诉</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="31"/>
        <source>resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="39"/>
        <source>evaluated</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="40"/>
        <source>to do</source>
        <translation>待评估</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="41"/>
        <location filename="../ui/queue/models.py" line="92"/>
        <location filename="../ui/queue/models.py" line="112"/>
        <location filename="../ui/queue/models.py" line="172"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="42"/>
        <location filename="../ui/queue/models.py" line="113"/>
        <location filename="../ui/queue/models.py" line="173"/>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="43"/>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="90"/>
        <location filename="../ui/queue/models.py" line="110"/>
        <location filename="../ui/queue/models.py" line="171"/>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="91"/>
        <location filename="../ui/queue/models.py" line="111"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="93"/>
        <location filename="../ui/queue/models.py" line="174"/>
        <source>Picked by</source>
        <translation>抽中规则</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="94"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="96"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="109"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="114"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="115"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="117"/>
        <source>Open disputes</source>
        <translation>未处理申诉</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="122"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="144"/>
        <source>For</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="148"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="149"/>
        <source>Evaluated</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="151"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="185"/>
        <source>Calibration session</source>
        <translation>校准会议</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="186"/>
        <source>Scorecard</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="188"/>
        <source>Interactions</source>
        <translation>互动数</translation>
    </message>
    <message>
        <location filename="../ui/queue/models.py" line="189"/>
        <source>Lead</source>
        <translation>主管</translation>
    </message>
</context>
<context>
    <name>WorkPanel</name>
    <message>
        <location filename="../ui/queue/panel.py" line="96"/>
        <source>My queue</source>
        <translation>我的队列</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="97"/>
        <source>To acknowledge</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="98"/>
        <source>Disputes</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="99"/>
        <source>Quota progress</source>
        <translation>配额进度</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="100"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="103"/>
        <source>Show &amp;done</source>
        <translation>显示已完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="105"/>
        <source>Draw a &amp;sample…</source>
        <translation>抽取样本(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="107"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="155"/>
        <source>Calibration ({count})</source>
        <translation>校准（{count}）</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="158"/>
        <source>{reviewer}: {todo} to evaluate · {ack} to acknowledge · {disputes} disputed</source>
        <translation>{reviewer}：{todo} 条待评估 · {ack} 条待确认 · {disputes} 条申诉中</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="162"/>
        <source>My queue ({count})</source>
        <translation>我的队列（{count}）</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="163"/>
        <source>Disputes ({count})</source>
        <translation>申诉（{count}）</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="166"/>
        <source>Could not load the queue: {reason}</source>
        <translation>无法载入队列：{reason}</translation>
    </message>
</context>
</TS>

"""Web-page plans for the corpus: saved pages (.html/.htm), Word and IE web archives
(.mht/.mhtml) and a table copied from Word to the clipboard, saved as it arrives.

The plans (青岚市 and its offices) are invented for these tests. The pages carry the
frame real government sites put around a plan — menus, breadcrumbs, related
links, scripts, footers, layout tables — none of which may become a task.
"""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

_STYLE = "<style>body{font-family:SimSun}.nav li{float:left}</style>"
_SCRIPT = "<script>var notice = '一、这不是任务（办公室牵头）'; document.title += '';</script>"
_TOP = """
<div class="top-bar"><a href="/">首页</a> | <a href="/wza">无障碍</a> |
<a href="/en">English</a></div>
<div id="nav"><ul><li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li>
<li><a href="/hdjl">互动交流</a></li><li><a href="/zjql">走进青岚</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a>
&gt; <a href="/zwgk/tzgg">通知公告</a></div>
"""
_BOTTOM = """
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="related"><ul>
<li><a href="/a/1">青岚市2022年政务公开工作要点任务分解表</a></li>
<li><a href="/a/2">关于开展2023年政府网站自查的通知</a></li></ul></div>
<div class="footer"><p>主办：青岚市人民政府办公室&nbsp;&nbsp;地址：青岚市人民路1号</p>
<p><a href="/map">网站地图</a> | <a href="/lxwm">联系我们</a></p>
<p>网站标识码：4419000001&nbsp;&nbsp;粤ICP备12345678号</p></div>
"""


def _page(title: str, article: str, charset_meta: str = '<meta charset="utf-8">') -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n{charset_meta}\n<title>{title}</title>\n'
        f'{_STYLE}\n{_SCRIPT}\n</head>\n<body>\n{_TOP}\n<div class="article">\n{article}\n'
        f"</div>\n{_BOTTOM}\n</body>\n</html>\n"
    )


ROWSPAN_2023 = _page(
    "青岚市2023年政务公开工作要点任务分解表_通知公告_青岚市人民政府门户网站",
    """
<h1>青岚市2023年政务公开工作要点任务分解表</h1>
<div class="info">发布时间：2023-03-15 09:30&nbsp;&nbsp;来源：青岚市人民政府办公室&nbsp;&nbsp;
浏览次数：<span id="count">1024</span>&nbsp;&nbsp;字号：[<a href="#">大</a> <a href="#">中</a>
<a href="#">小</a>]</div>
<table border="1" cellspacing="0" width="100%">
<thead>
<tr><th rowspan="2">序号</th><th rowspan="2">工作任务</th><th rowspan="2">具体要求</th>
<th colspan="2">责任单位</th><th rowspan="2">完成时限</th></tr>
<tr><th>牵头单位</th><th>配合单位</th></tr>
</thead>
<tbody>
<tr><td>1</td><td rowspan="3">一、深化重点领域信息公开</td>
<td>主动公开“十四五”规划中期评估报告及调整情况。</td>
<td rowspan="2">市发展改革委</td><td rowspan="2">市统计局、各县（市、区）人民政府</td>
<td>2023年6月底前</td></tr>
<tr><td>2</td><td>做好国民经济和社会发展统计公报解读，配套发布图表解读材料。</td>
<td>2023年4月30日前</td></tr>
<tr><td>3</td><td>公开重大建设项目批准和实施信息，按季度更新项目进展。</td>
<td>市住房城乡建设局</td><td>&nbsp;</td><td>每季度</td></tr>
<tr><td>4</td><td rowspan="2">二、加强政务公开平台建设</td>
<td><p>推进政府网站集约化建设，</p><p>完成栏目规范整合。</p></td>
<td rowspan="2">市政务服务数据管理局</td><td>各县（市、区）人民政府</td>
<td>2023年10月底前</td></tr>
<tr><td>5</td><td>规范政务新媒体管理，开展检查并通报结果。</td>
<td>市委网信办</td><td>长期</td></tr>
<tr><td>6</td><td>三、提升政策解读质量</td>
<td>以市政府名义印发的政策文件，同步发布解读材料。</td>
<td>市政府办公室</td><td>市直各部门</td><td>长期</td></tr>
</tbody>
</table>
""",
)

BRCELL_2022 = _page(
    "青岚市白沙区政务服务数据管理局2022年政务公开工作要点责任分工",
    """
<div class="title">青岚市白沙区政务服务数据管理局2022年政务公开工作要点责任分工</div>
<table border="1">
<tr><td><b>工作任务</b></td><td><b>具体要求</b></td><td><b>责任单位</b></td>
<td><b>完成时限</b></td></tr>
<tr><td rowspan="2">一、做好政策解读回应</td>
<td>1.围绕优化营商环境政策，制作图解、视频等多元化解读产品。<br>
2.建立政策解读台账，及时更新解读产品清单。</td>
<td>办公室牵头<br>各科室配合</td><td>2022年6月30日前</td></tr>
<tr><td>3.在区政府门户网站开设“优化营商环境”专栏。</td><td>信息化科</td>
<td>方案印发后30日内</td></tr>
<tr><td>二、强化政务公开平台</td>
<td>4.规范政府信息公开申请办理，答复书严格使用统一文书格式。<br/>
5.每年1月31日前发布上一年度政府信息公开工作年度报告。</td>
<td>政策法规科<br>办公室</td><td></td></tr>
</table>
<p style="text-align:right">青岚市白沙区政务服务数据管理局</p>
<p style="text-align:right">2022年4月8日</p>
""",
    '<meta http-equiv="Content-Type" content="text/html; charset=gbk">',
)

PROSE_2022 = _page(
    "青岚市白沙区2022年政务公开工作实施方案 - 青岚市白沙区人民政府",
    """
<table class="xxgk-box" border="1">
<tr><td>索引号：</td><td>11441900MB2C12345X/2022-00123</td><td>主题分类：</td><td>政务公开</td></tr>
<tr><td>发布机构：</td><td>青岚市白沙区人民政府办公室</td><td>成文日期：</td><td>2022-03-01</td></tr>
<tr><td>文号：</td><td>白府办〔2022〕8号</td><td>发布日期：</td><td>2022-03-04</td></tr>
</table>
<h2>青岚市白沙区2022年政务公开工作实施方案</h2>
<p>为深入贯彻落实上级关于政务公开工作的部署，结合我区实际，制定本方案。</p>
<p>一、重点任务</p>
<p>（一）推进行政决策公开。制定重大行政决策事项目录并向社会公开，2022年6月底前完成。
（区司法局牵头，区政府各部门负责落实）</p>
<p>（二）深化财政信息公开。按规定公开部门预算、决算及“三公”经费。（区财政局牵头，区直各部门配合）</p>
<p>二、平台建设</p>
<p>（一）加强政府网站管理。每季度开展一次网站内容检查，检查结果向社会公开。（区政务服务数据管理局）</p>
<p>（二）规范政务新媒体。建立政务新媒体备案台账，动态更新。（区委网信办牵头，各镇（街道）配合）</p>
<p style="text-align:right">青岚市白沙区人民政府办公室</p>
<p style="text-align:right">2022年3月1日</p>
""",
)

_WORD_STYLE = """<style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;mso-style-qformat:yes;mso-style-parent:"";margin:0cm;
	text-align:justify;text-justify:inter-ideograph;mso-pagination:none;
	font-size:10.5pt;mso-bidi-font-size:11.0pt;font-family:等线;mso-font-kerning:1.0pt;}
 table.MsoNormalTable
	{mso-style-name:普通表格;mso-tstyle-rowband-size:0;mso-tstyle-colband-size:0;}
-->
</style>"""
_WORD_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
    '<meta http-equiv=Content-Type content="text/html; charset={charset}">\n'
    "<meta name=ProgId content=Word.Document>\n"
    '<meta name=Generator content="Microsoft Word 15">\n'
    f"{_WORD_STYLE}\n</head>\n"
)


def _word_cell(text: str, attributes: str = "") -> str:
    """A table cell as Word writes it: every line a MsoNormal paragraph of spans."""
    paragraphs = "".join(
        "<p class=MsoNormal><span style='font-family:仿宋_GB2312;mso-hansi-font-family:"
        f'"Times New Roman"\'>{line}<span lang=EN-US><o:p></o:p></span></span></p>'
        for line in text.split("\n")
    )
    return (
        f"<td width=142 valign=top {attributes} style='border:solid windowtext 1.0pt;"
        f"mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>{paragraphs}</td>"
    )


def _word_list_item(number: str, text: str) -> str:
    """A Word auto-numbered paragraph: the number is written out for other programs."""
    return (
        "<p class=MsoListParagraph style='margin-left:0cm;text-indent:0cm;"
        "mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US>"
        f"{number}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span>"
        f"</span><![endif]><span>{text}</span></p>"
    )


CLIPBOARD_WORD_2023 = (
    _WORD_HEAD.replace("{charset}", "utf-8")
    + "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n"
    "<!--StartFragment-->\n"
    "<p class=MsoNormal align=center style='text-align:center'><b><span "
    "style='font-size:16.0pt;font-family:方正小标宋简体'>青岚市交通运输局2023年政务公开工作要点"
    "责任分工<span lang=EN-US><o:p></o:p></span></span></b></p>\n"
    "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
    "style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>\n"
    "<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>"
    + _word_cell("<b>工作要求</b>")
    + _word_cell("<b>具体任务</b>")
    + _word_cell("<b>责任科室</b>")
    + _word_cell("<b>时间节点</b>")
    + "</tr>\n<tr style='mso-yfti-irow:1'>"
    + _word_cell("一、</span><span>加强交通运输政策公开", "rowspan=2")
    + "<td width=200 valign=top>"
    + _word_list_item("1.", "及时公开交通运输领域规范性文件，同步做好政策解读。")
    + "</td>"
    + _word_cell("政策法规科", "rowspan=2")
    + _word_cell("全年")
    + "</tr>\n<tr style='mso-yfti-irow:2'><td width=200 valign=top>"
    + _word_list_item("2.", "公开道路运输行政许可事项办理结果。")
    + "</td>"
    + _word_cell("2023年9月底前")
    + "</tr>\n<tr style='mso-yfti-irow:3;mso-yfti-lastrow:yes'>"
    + _word_cell("二、推进重大项目信息公开")
    + "<td width=200 valign=top>"
    + _word_list_item("3.", "公开交通重点项目批准、招标投标和施工进展信息。")
    + _word_list_item("4.", "每季度更新一次重点项目建设进度。")
    + "</td>"
    + _word_cell("规划建设科\n综合运输科")
    + _word_cell("")
    + "</tr>\n</table>\n"
    "<!--EndFragment-->\n</body>\n</html>\n"
)

WORD_MHT_2024_HTML = (
    _WORD_HEAD.replace("{charset}", "gb2312")
    + "<body lang=ZH-CN style='tab-interval:21.0pt'>\n<div class=WordSection1>\n"
    + "".join(
        f"<p class=MsoNormal align=center><span>{line}</span></p>\n"
        for line in (
            "青自然资〔2024〕12号",
            "青岚市自然资源局关于印发《青岚市自然资源局2024年政务公开工作任务清单》的通知",
        )
    )
    + "<p class=MsoNormal><span>局属各单位、机关各科室：</span></p>\n"
    "<p class=MsoNormal style='text-indent:32.0pt'><span>现将《青岚市自然资源局2024年政务公开"
    "工作任务清单》印发给你们，请结合实际认真抓好落实。</span></p>\n"
    "<p class=MsoNormal align=right><span>青岚市自然资源局</span></p>\n"
    "<p class=MsoNormal align=right><span lang=EN-US>2024</span><span>年</span>"
    "<span lang=EN-US>3</span><span>月</span><span lang=EN-US>5</span><span>日</span></p>\n"
    "<p class=MsoNormal align=center><b><span>青岚市自然资源局2024年政务公开工作任务清单"
    "</span></b></p>\n"
    "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>\n<tr>"
    + "".join(_word_cell(f"<b>{name}</b>") for name in ("序号", "具体要求", "责任科室", "完成时限"))
    + "</tr>\n<tr>"
    + _word_cell("一、推进自然资源领域信息公开", "colspan=4")
    + "</tr>\n<tr>"
    + _word_cell("1")
    + _word_cell("公开国土空间规划批前公示和批后公告信息。")
    + _word_cell("国土空间规划科")
    + _word_cell("长期")
    + "</tr>\n<tr>"
    + _word_cell("2")
    + _word_cell("公开建设用地审批、土地征收信息，确保征地信息可查询。")
    + _word_cell("耕地保护科\n用途管制科")
    + _word_cell("2024年6月30日前")
    + "</tr>\n<tr>"
    + _word_cell("二、加强政务公开制度建设", "colspan=4")
    + "</tr>\n<tr>"
    + _word_cell("3")
    + _word_cell("修订本局政府信息公开指南和主动公开目录。")
    + _word_cell("办公室")
    + _word_cell("印发后20日内")
    + "</tr>\n</table>\n</div>\n</body>\n</html>\n"
)

_WORD_BOUNDARY = "----=_NextPart_01DA6F2B.5C3E8A10"


def word_mht(html: str) -> bytes:
    """A Word "single file web page": quoted-printable GB2312 HTML and a file list."""
    page = quopri.encodestring(html.encode("gb2312").replace(b"\n", b"\r\n"))
    file_list = b'<xml xmlns:o="urn:schemas-microsoft-com:office:office">\r\n</xml>'
    return b"".join(
        [
            b"MIME-Version: 1.0\r\n",
            f'Content-Type: multipart/related; boundary="{_WORD_BOUNDARY}"\r\n\r\n'.encode(),
            b"This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n",
            f"--{_WORD_BOUNDARY}\r\n".encode(),
            b"Content-Location: file:///C:/0A1B2C3D/plan.htm\r\n",
            b"Content-Transfer-Encoding: quoted-printable\r\n",
            b'Content-Type: text/html; charset="gb2312"\r\n\r\n',
            page,
            f"\r\n\r\n--{_WORD_BOUNDARY}\r\n".encode(),
            b"Content-Location: file:///C:/0A1B2C3D/plan.files/filelist.xml\r\n",
            b"Content-Transfer-Encoding: quoted-printable\r\n",
            b'Content-Type: text/xml; charset="utf-8"\r\n\r\n',
            quopri.encodestring(file_list),
            f"\r\n\r\n--{_WORD_BOUNDARY}--\r\n".encode(),
        ]
    )


# An old county site: the whole page is a layout table, menus in its side cells,
# the plan table nested inside the article cell. No signature: year and office come
# from the 发布日期/信息来源 line.
LAYOUT_2023_HTML = """<!-- saved from url=(0046)http://www.qingshui.gov.cn/zwgk/content_88.html -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>青水县政务公开重点工作任务分工--青水县人民政府</title>
<script type="text/javascript">function setFont(size){}</script></head>
<body>
<table width="1000" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="banner.gif" alt="青水县人民政府"></td></tr>
<tr>
<td width="200" valign="top">
  <table width="100%"><tr><td><a href="/zwgk">政府信息公开</a></td></tr>
  <tr><td><a href="/zcjd">政策解读</a></td></tr>
  <tr><td><a href="/gsgg">公示公告</a></td></tr></table>
</td>
<td width="800" valign="top">
  <table width="100%"><tr><td align="center"><font size="5"><b>青水县政务公开重点工作任务分工</b>
  </font></td></tr>
  <tr><td align="center">发布日期：2023年05月20日&nbsp;&nbsp;&nbsp;信息来源：青水县人民政府办公室
  &nbsp;&nbsp;【<a href="javascript:setFont(16)">大</a> <a href="javascript:setFont(14)">中</a>
  <a href="javascript:setFont(12)">小</a>】</td></tr>
  <tr><td>
  <table border="1" cellspacing="0" cellpadding="4" width="100%">
  <tr><td align="center">工作任务</td><td align="center">具体要求</td>
  <td align="center">责任单位</td><td align="center">完成时间</td></tr>
  <tr><td rowspan="2">（一）做好稳就业信息公开</td>
  <td>及时发布就业创业扶持政策清单。</td>
  <td rowspan="2">县人力资源社会保障局</td><td>2023年7月31日前</td></tr>
  <tr><td>公开职业技能培训补贴申领条件和办理流程。</td><td>长期</td></tr>
  <tr><td>（二）做好乡村振兴信息公开</td>
  <td>公开衔接推进乡村振兴补助资金项目安排和使用情况。</td>
  <td>县农业农村局<br>县财政局</td><td>2023年12月31日前</td></tr>
  </table>
  </td></tr>
  <tr><td align="center"><a href="javascript:window.print()">【打印本页】</a>
  <a href="javascript:window.close()">【关闭窗口】</a></td></tr>
  </table>
</td>
</tr>
<tr><td colspan="2" align="center">主办：青水县人民政府办公室　技术支持：青水县信息中心</td></tr>
</table>
</body></html>
"""

_GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def ie_mhtml(html: str) -> bytes:
    """An IE/Edge "web archive, single file": base64 UTF-8 page and its image."""
    boundary = "----=_NextPart_000_0000_01D98B1C.6F2E4A90"
    encoded = base64.encodebytes(html.encode("utf-8")).replace(b"\n", b"\r\n")
    image = base64.encodebytes(_GIF).replace(b"\n", b"\r\n")
    return b"".join(
        [
            b"From: <Saved by Windows Internet Explorer 11>\r\n",
            b"Subject: =?utf-8?B?6Z2S5rC05Y6/?=\r\n",
            b"Date: Sat, 20 May 2023 10:15:02 +0800\r\n",
            b"MIME-Version: 1.0\r\n",
            f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
            f'\tboundary="{boundary}"\r\n\r\n'.encode(),
            b"This is a multi-part message in MIME format.\r\n\r\n",
            f"--{boundary}\r\n".encode(),
            b'Content-Type: text/html;\r\n\tcharset="utf-8"\r\n',
            b"Content-Transfer-Encoding: base64\r\n",
            b"Content-Location: http://www.qingshui.gov.cn/zwgk/content_88.html\r\n\r\n",
            encoded,
            f"\r\n--{boundary}\r\n".encode(),
            b"Content-Type: image/gif\r\n",
            b"Content-Transfer-Encoding: base64\r\n",
            b"Content-Location: http://www.qingshui.gov.cn/zwgk/banner.gif\r\n\r\n",
            image,
            f"\r\n--{boundary}--\r\n".encode(),
        ]
    )


# What Chrome or Edge puts on the clipboard for a selected title and table: a meta
# line, inline styles, the header labels wrapped by <br>, and a task cell whose
# rowspan (written by a careless editor) runs past the end of the table.
CLIPBOARD_BROWSER_2024 = """<meta charset='utf-8'><p style="text-align: center; font-size: 18px;">\
<strong>青岚市卫生健康局2024年政务公开工作要点分工</strong></p><table border="1" \
style="border-collapse: collapse; width: 100%; color: rgb(51, 51, 51);"><tbody>
<tr><td style="text-align: center;"><strong>序号</strong></td>
<td style="text-align: center;"><strong>重点<br>任务</strong></td>
<td style="text-align: center;"><strong>具体<br>措施</strong></td>
<td style="text-align: center;"><strong>责任<br>科室</strong></td>
<td style="text-align: center;"><strong>完成<br>时限</strong></td></tr>
<tr><td>1</td><td rowspan="2">一、医疗服务信息公开</td>
<td>公开医疗机构执业登记、医师执业注册等行政许可信息。</td>
<td rowspan="2">医政医管科</td><td>2024年6月30日前</td></tr>
<tr><td>2</td><td>公开二级以上公立医院服务价格和常用药品价格。</td><td>2024年9月底前</td></tr>
<tr><td>3</td><td rowspan="5">二、公共卫生信息公开</td>
<td>按月发布法定传染病疫情信息。</td><td>疾病预防控制科</td><td>每月</td></tr>
<tr><td>4</td><td>公开重点人群免费健康服务项目和办理流程。</td>
<td>基层卫生健康科<br>妇幼健康科</td><td>2024年12月31日前</td></tr>
</tbody></table>"""

# WPS表格 "另存为网页": GB2312 declared in <meta http-equiv>, Excel namespaces and an
# <xml> island in a conditional comment, the title a row spanning the sheet, cells
# merged over task and units, the header row calling the duty column 工作内容.
WPS_SHEET_2023 = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="WPS Office ET">
<style>
<!-- .xl65 {mso-style-parent:style0; text-align:center; white-space:normal;} -->
</style>
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>
<x:Name>Sheet1</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->
</head>
<body link=blue vlink=purple>
<table width=980 border=0 cellpadding=0 cellspacing=0 style='width:735pt;border-collapse:collapse'>
<col width=60><col width=200><col width=420><col width=180><col width=120>
<tr height=40><td class=xl65 colspan=5 height=40 width=980>
青岚市民政局2023年政务公开重点工作任务分解表</td></tr>
<tr height=30><td class=xl65 x:str>序号</td><td class=xl65 x:str>工作任务</td>
<td class=xl65 x:str>工作内容</td><td class=xl65 x:str>牵头科室</td>
<td class=xl65 x:str>时间节点</td></tr>
<tr height=60><td x:num>1</td><td rowspan=3>一、社会救助信息公开</td>
<td>公开城乡低保、特困人员救助供养标准及调整情况。</td><td rowspan=2>社会救助科</td>
<td>2023年3月底前</td></tr>
<tr height=60><td x:num>2</td><td>按季度公开临时救助资金使用情况。</td><td>每季度</td></tr>
<tr height=60><td x:num>3</td><td>公开救助申请审核审批流程和监督举报电话。</td><td>办公室</td>
<td>长期</td></tr>
<tr height=60><td x:num>4</td><td>二、养老服务信息公开</td>
<td>公开养老机构备案信息和等级评定结果。</td><td>养老服务科</td><td>2023年11月30日前</td></tr>
</table>
</body>
</html>
"""


def build(target: Path) -> list[Path]:
    documents = {
        "html-rowspan-2023.html": ROWSPAN_2023.encode("utf-8"),
        "html-brcell-2022.htm": BRCELL_2022.encode("gbk"),
        "html-prose-2022.html": PROSE_2022.encode("utf-8"),
        "html-clipboard-word-2023.html": CLIPBOARD_WORD_2023.encode("utf-8"),
        "html-word-2024.mht": word_mht(WORD_MHT_2024_HTML),
        "html-layout-2023.mhtml": ie_mhtml(LAYOUT_2023_HTML),
        "html-clipboard-browser-2024.html": CLIPBOARD_BROWSER_2024.encode("utf-8"),
        "html-wps-sheet-2023.html": WPS_SHEET_2023.encode("gb2312"),
    }
    written = []
    for name, data in documents.items():
        path = target / name
        path.write_bytes(data)
        written.append(path)
    return written

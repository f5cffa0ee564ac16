<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lianxin::MainWindow</name>
    <message>
        <location filename="../mainwindow.cpp" line="42"/>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="43"/>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="44"/>
        <source>Buildings</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="45"/>
        <source>Urban grid areas</source>
        <translation>城区网格片区</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="46"/>
        <source>Fishing villages</source>
        <translation>渔村</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="47"/>
        <source>Urban area</source>
        <translation>城区</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="48"/>
        <source>Islands (coastline)</source>
        <translation>岛屿(海岸线)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="49"/>
        <source>Township units</source>
        <translation>乡镇(街道、中心)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="50"/>
        <source>Shops</source>
        <translation>商铺</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="51"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="52"/>
        <source>Cadres</source>
        <translation>机关干部</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="53"/>
        <source>Contact groups</source>
        <translation>联户组</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="54"/>
        <source>Suggestions</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="64"/>
        <source>Lianxin — Changdao community service map</source>
        <translation>连心 — 长岛网格连心服务地图</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="68"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="72"/>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="72"/>
        <source>Features</source>
        <translation>要素数</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="79"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="80"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="82"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="84"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="87"/>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="97"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="105"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="106"/>
        <source>Could not open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="111"/>
        <source>%1 — %2 households, %3 suggestions</source>
        <translation>%1 — %2 户住户,%3 条意见建议</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="146"/>
        <source>Open project database</source>
        <translation>打开项目数据库</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="147"/>
        <source>Lianxin databases (*.sqlite *.db);;All files (*)</source>
        <translation>连心数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
</context>
</TS>

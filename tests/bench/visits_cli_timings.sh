#!/bin/sh
# Whole-command timings of lianxin-cli visits, file in -> file out, on a fresh demo
# database of the given scale: plan (county, with the XLSX sheets), plan --sheets (PDF of
# one department), record, import (the county's sheets filled in by ogr2ogr: every
# household seen on its planned day), coverage (table and GeoPackage), routes.
# Usage: tests/bench/visits_cli_timings.sh build/src/cli/lianxin-cli [scale]
set -eu
CLI=$(realpath "$1")
SCALE=${2:-1}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
DB=$DIR/demo.sqlite
"$CLI" demo --out "$DB" --scale "$SCALE" --quiet

timed() {
    label=$1
    shift
    /usr/bin/time -f "$label: %e s wall, %U s user, %S s system, %M KB peak" "$@" > /dev/null
}

timed "visits plan (county, --xlsx)" "$CLI" visits plan "$DB" --round R --start 2021-05-06 --end 2021-05-28 \
    --xlsx "$DIR/sheets.xlsx"
timed "visits plan (department 1, --sheets pdf)" "$CLI" visits plan "$DB" --round D1 --start 2021-05-06 \
    --end 2021-05-28 --scope department:1 --sheets "$DIR/d1.pdf"
timed "visits record" "$CLI" visits record "$DB" --round D1 --household "$(ogrinfo -ro -q "$DB" -sql \
    "SELECT h.code AS code FROM household h JOIN contact_group g ON g.id = h.group_id WHERE g.department_id = 1 LIMIT 1" \
    | sed -n 's/.*code (String) = //p')" --date 2021-05-06 --outcome seen

# The returned sheets: every row filled in with its planned day and 见面.
for layer in $(ogrinfo -ro -q -oo HEADERS=FORCE "$DIR/sheets.xlsx" | sed -n 's/^[0-9]*: \([^ ]*\).*/\1/p'); do
    ogr2ogr -f XLSX $( [ -f "$DIR/filled.xlsx" ] && echo -update ) "$DIR/filled.xlsx" "$DIR/sheets.xlsx" \
        -oo HEADERS=FORCE -nln "$layer" -dialect SQLite -sql "SELECT 轮次, 组号, 站, 序号, 住户编号, 地址, 户主, 人数, 电话,
        重点, 计划日期, 期限, 计划日期 AS 走访日期, '见面' AS 结果, '' AS 走访人, '' AS 备注, '' AS 意见编号 FROM \"$layer\""
done
timed "visits import (county sheets, every row filled)" "$CLI" visits import "$DB" --round R "$DIR/filled.xlsx"
timed "visits coverage (by township)" "$CLI" visits coverage "$DB" --round R --by township
timed "visits coverage --out gpkg" "$CLI" visits coverage "$DB" --round R --out "$DIR/coverage.gpkg"
timed "visits routes --out gpkg" "$CLI" visits routes "$DB" --round R --out "$DIR/routes.gpkg"
"$CLI" visits coverage "$DB" --round R --by township --open 0 | tail -3

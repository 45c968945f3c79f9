# The service's throughput and p99 latency against connections, with the Hibernate insert baseline's throughput
# at 32 connections as a reference line. Called by bench/run.sh:
#   gnuplot -c bench/plot.gp SERVICE_CSV HIBERNATE_RPS OUTPUT_PNG
# SERVICE_CSV: lines "connections,requests_per_s,p50_ms,p99_ms" after a header line.
data = ARG1
hibernate_rps = real(ARG2)

set terminal pngcairo size 1000,600 font ",11" noenhanced
set output ARG3
set datafile separator ","
set key below
set grid
set title "traffic-light: POST /v1/classifications"
set xlabel "connections"
set logscale x 2
set xrange [0.8:80]
set xtics (1, 2, 4, 8, 16, 32, 64)
set ylabel "decisions/s"
# Room above the highest curve and the reference line.
stats data skip 1 using 2 nooutput
set yrange [0:1.15 * (STATS_max > hibernate_rps ? STATS_max : hibernate_rps)]
set y2label "p99 latency (ms)"
set y2range [0:*]
set y2tics
set ytics nomirror

plot data skip 1 using 1:2 axes x1y1 with linespoints lw 2 pt 7 title "service requests/s", \
     data skip 1 using 1:4 axes x1y2 with linespoints lw 2 pt 5 dt 2 title "service p99 (ms, right axis)", \
     hibernate_rps axes x1y1 with lines lw 2 lc rgb "gray40" dt 3 \
         title sprintf("Hibernate insert baseline, 32 connections: %.0f/s", hibernate_rps)

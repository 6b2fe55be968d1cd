# class: en
# The class layer's own words: the HTML debrief and class report, their
# SVG pictures, the CSV exports, xAPI verbs and grade's class summary.

## Step statuses, violation kinds, modes, integrity, step kinds
class-status-done = done
class-status-done-late = done late
class-status-out-of-order = out of order
class-status-missed = missed
class-status-skipped = skipped
class-status-not-applicable = not applicable
class-kind-forbidden = forbidden
class-kind-order = order
class-kind-harm = harm
class-kind-denied = denied
class-mode-practice = practice
class-mode-exam = exam
class-integrity-verified = verified
class-integrity-unverified = unverified
class-integrity-altered = altered
class-step-required = required
class-step-recommended = recommended
class-step-optional = optional

## CSV cells and headers
class-cell-done = done
class-cell-done-late = done-late
class-cell-done-out-of-order = done-out-of-order
class-cell-missed = missed
class-cell-skipped = skipped
class-cell-not-applicable = not-applicable
class-cell-true = true
class-cell-false = false
class-cell-ok = ok
class-cell-not-ok = not-ok
class-csv-file = file
class-csv-trainee = trainee
class-csv-scenario = scenario
class-csv-seed = seed
class-csv-mode = mode
class-csv-started-utc = started_utc
class-csv-ended-utc = ended_utc
class-csv-submitted = submitted
class-csv-integrity = integrity
class-csv-score = score
class-csv-pass-mark = pass_mark
class-csv-passed = passed
class-csv-time-to-containment-s = time_to_containment_s
class-csv-commands = commands
class-csv-hints-used = hints_used
class-csv-step-column = step:{ $step }
class-csv-check-column = check:{ $check }
class-csv-email-address = Email address

## xAPI verbs' display
class-xapi-attempted = attempted
class-xapi-completed = completed
class-xapi-passed = passed
class-xapi-failed = failed
class-xapi-scored = scored

## Shared by the HTML and the text summary
class-pass-mark = pass mark { $mark }
class-spread = median { $median }, middle half { $lower }–{ $upper }, range { $min }–{ $max }
class-contained-of = ({ $contained } of { $attempts } contained)
class-never-contained-or-no-attacker = none (never contained, or no attacker)

## The class report
class-html-report-title = Class report
class-html-graded = { $count ->
    [one] { $count } session graded
   *[other] { $count } sessions graded
}
class-html-not-graded-count = , { $count } could not be graded
class-html-in-progress = Exams in progress
class-html-in-progress-item = { $trainee } · { $scenario } · in progress, { $count ->
    [one] { $count } command
   *[other] { $count } commands
} · integrity: { $integrity }
class-html-not-graded = Not graded
class-html-debriefs = Debriefs
class-html-attempts = Attempts
class-html-passed = Passed
class-html-passed-of = { $passed } of { $attempts } ({ $percent }%), pass mark { $mark }
class-html-score = Score
class-html-time-to-containment = Time to containment
class-html-most-often-missed = Most often missed
class-html-no-step-missed = No step was missed.
class-html-missed-by = missed by { $count }
class-html-most-frequent-violations = Most frequent violations
class-html-no-violations = No violations.
class-html-in-sessions = { $count ->
    [one] in { $count } session
   *[other] in { $count } sessions
}
class-html-scores-caption = Scores; hatched bars are under the pass mark.
class-html-steps-by-trainee = Steps by trainee
class-html-trainee = Trainee

## A debrief
class-html-debrief-title = Debrief: { $title } — { $trainee }
class-html-meta-scenario = scenario { $scenario }
class-html-meta-seed = seed { $seed }
class-html-meta-mode = { $mode } mode
class-html-meta-from-to = { $started } to { $ended }
class-html-meta-started = started { $started }
class-html-meta-file = file { $file }
class-html-meta-integrity = integrity: { $integrity }
class-html-meta-not-submitted = not submitted (score so far)
class-html-passed-word = PASSED
class-html-failed-word = FAILED
class-html-score-bar = score { $score } of 100, pass mark { $mark }
class-html-points = { $earned } of { $possible } points, { $penalties } off
class-html-timeline = Timeline
class-legend-your-commands = your commands
class-legend-attacker = attacker
class-legend-end-users = end users
class-legend-service = service
class-legend-contained = contained
class-legend-last-action = attacker's last action
class-legend-simulated-time = Simulated time; hover a mark for what happened.
class-html-timeline-omitted = { $count ->
    [one] { $count } later timeline entry is not shown.
   *[other] { $count } later timeline entries are not shown.
}
class-html-cause-and-effect = Cause and effect
class-html-procedure-steps = Procedure steps
class-html-procedure-after = { $procedure }, after { $article } ({ $source })
class-html-status = Status
class-html-step = Step
class-html-when = When
class-html-points-head = Points
class-html-source = Source
class-html-outcome = Outcome
class-html-violations-and-harm = Violations and harm
class-html-none = None.
class-html-half-credit = half credit
class-html-other-consequences = Other consequences
class-html-efficiency = Efficiency
class-html-never-contained = never contained
class-html-efficiency-containment = Time to containment: { $time }
class-html-efficiency-commands = Commands: { $commands }
class-html-efficiency-hints = Hints: { $hints } (−{ $points })
class-html-efficiency-simulated = Simulated time: { $started } to { $ended }

## The timeline and the score distribution (SVG)
class-lane-you = You
class-lane-attacker = Attacker
class-lane-end-users = End users
class-lane-service = Service
class-svg-timeline-title = Timeline of the session in simulated time
class-svg-later = { $span } later
class-svg-contained = contained { $time }
class-svg-last-action = attacker's last action { $time }
class-svg-score-distribution = Score distribution

## grade's class summary (text)
class-summary-heading = Class summary
class-summary-attempts = { $scenario }: { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}, { $passed } passed ({ $percent }%)
class-summary-score = score: { $figures }
class-summary-containment = time to containment: { $figures }
class-summary-no-step-missed = no step was missed
class-summary-missed-by = missed by { $count }: { $step }
class-summary-violation = { $kind } in { $count }: { $about }

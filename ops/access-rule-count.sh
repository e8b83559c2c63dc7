#!/bin/sh
# usage: ops/access-rule-count.sh <commit>  (run in the repo) — places that hold access rules, by kind
# named-rule uses: class- and method-level uses of the role and object meta-annotations (a tab in
# a POSIX ERE is not written \t: method-level uses were not counted before)
c=$1; J=src/main/java
url=$(git grep -hE '\.(hasRole|hasAnyRole|hasAuthority)\(' $c -- "$J/**/SecurityConfig.java" "$J/**/ApiSecurityConfig.java" | wc -l)
raw=$(git grep -hE '@(org\.springframework\.security\.access\.prepost\.)?PreAuthorize\(' $c -- $J | wc -l)
rawfiles=$(git grep -lE '@(org\.springframework\.security\.access\.prepost\.)?PreAuthorize\(' $c -- $J | wc -l)
ctl=$(git grep -hE 'hasRole\(Role\.|new (org\.springframework\.security\.access\.)?AccessDeniedException|\.coordinates(Task)?\(' $c -- "$J/**/web/*.java" | wc -l)
ctlfiles=$(git grep -lE 'hasRole\(Role\.|new (org\.springframework\.security\.access\.)?AccessDeniedException|\.coordinates(Task)?\(' $c -- "$J/**/web/*.java" | wc -l)
svc=$(git grep -hE 'hasRole\(Role\.|new (org\.springframework\.security\.access\.)?AccessDeniedException|\.coordinates(Task)?\(|ofAnotherAgency\(\)' $c -- $J ':!**/web/*.java' ':!**/*Access.java' ':!**/RoundCoordinators.java' ':!**/PlanUser.java' | wc -l)
svcfiles=$(git grep -lE 'hasRole\(Role\.|new (org\.springframework\.security\.access\.)?AccessDeniedException|\.coordinates(Task)?\(|ofAnotherAgency\(\)' $c -- $J ':!**/web/*.java' ':!**/*Access.java' ':!**/RoundCoordinators.java' ':!**/PlanUser.java' | wc -l)
comp=$(git ls-tree -r --name-only $c -- $J | grep -cE '(Access|RoundCoordinators)\.java$')
bean=$(git grep -lE '@Component\("(assignment|plan|round|report|account)Access"\)' $c -- $J | wc -l)
meta=$(git grep -hE '^[[:space:]]*@(SignedIn|Anyone|AnyRole|CityWide|CoordinatorOnly|CoordinatorOrAdmin|OfficerOnly|AdminOnly|ReporterOfAssignment|CoordinatorOfAssignment|CoordinatorOfExtensionRequest|CoordinatorOfTask|CoordinatorOfArea|ReaderOfAgencyReport|ApproverOfConsolidatedReport|AdministratorOfAccount)\b' $c -- $J | wc -l)
tpl=$(git grep -h 'sec:authorize' $c -- src/main/resources/templates | wc -l)
echo "$c: URL role rules=$url | @PreAuthorize expressions=$raw in $rawfiles files | controller checks=$ctl in $ctlfiles files | inline service/cache checks=$svc in $svcfiles files | access components=$comp (beans: $bean) | named-rule uses=$meta | template sec:authorize=$tpl"

/**
 * 보고서(report)의 한국어 문장. en-report.ts와 같은 구조다.
 */
import type { init as enInit, report as enReport } from "./en-report.js";

export const init: typeof enInit = {
  contest: (p) =>
    `${p.shown}/에 씀: 내장 데이터의 사본 (컨소시엄 ${p.consortia}개, 평가표 ${p.rubrics}개${p.sources ? `, 출처 기록 ${p.sources}건` : ""}), 마음대로 고쳐 쓰세요; 실행해 보기: ${p.go}sovereign-ai score`,
  wrote: (p) => `${p.shown}에 씀: ${p.next}`,
  consortiumNext: (p) => `평가표 "${p.rubric}"에 맞춰 채울 점수가 ${p.n}개 있음; 확인: ${p.check}`,
  rubricNext: (p) => `"${p.rubric}"에서 시작함; 실행해 보기: ${p.tryIt}`,
  hiding: (p) =>
    `경고: 이 폴더에는 consortia/가 없었으므로, 이제부터 여기서 실행하는 명령은 내장 컨소시엄 ${p.bundled}개 대신 consortia/(이 파일 하나)를 읽음.\n` +
    `내장 컨소시엄도 쓰려면: -c consortia/ ${p.path}로 둘 다 지정하거나, 내장 데이터의 사본에서 다시 시작하세요: ` +
    `consortia/를 다른 곳으로 옮기고 sovereign-ai init contest .를 실행한 뒤 파일을 consortia/로 다시 옮김.\n`,
};

export const report: typeof enReport = {
  title: (p) => `선정 보고서: ${p.rubric}`,
  dateNote: {
    given: "--date로 지정한 날짜",
    asOf: "데이터 기준일 (컨소시엄 파일의 as_of 중 가장 최근)",
    today: "오늘 (데이터에 as_of 날짜가 없음)",
  },
  byline: (p) => `${p.date}: ${p.note} · 컨소시엄 ${p.teams}곳 · ${p.rubric}`,
  rules: {
    teams: (p) =>
      `최대 ${p.teams}팀 선정, ${p.bestSet ? "규칙을 지키는 조합 중 총점 합이 가장 높은 조합으로 (최적 조합)" : "순위대로 (순위순)"}`,
    minTotal: (p) => `총점이 ${p.min}점 이상이어야 함`,
    gate: (p) =>
      `${p.criterion} 자격 요건: ${p.min !== null ? `${p.min} 이상` : ""}${p.min !== null && p.max !== null ? ", " : ""}${p.max !== null ? `${p.max} 이하` : ""}`,
    quota: (p) =>
      `할당 "${p.name}": ${p.min !== null ? `최소 ${p.min}팀` : ""}${p.min !== null && p.max !== null ? ", " : ""}${p.max !== null ? `최대 ${p.max}팀` : ""} 선정`,
    conflicts: (p) => `같은 기관${p.kinds !== null ? `(유형 ${p.kinds})` : ""}이 참여한 팀은 최대 ${p.max}팀까지 선정`,
    ties: (p) => `총점 동점은 ${[...p.chain, p.lottery !== null ? `시드 ${p.lottery}의 추첨` : "id"].join(", 다음으로 ")} 순으로 가림`,
  },
  bonus: (p) => `${p.label}: ${p.criterion} 점수가 ${p.min} 이상이면 +${p.points}점`,
  below: (p) => `${p.pct} 미만: ${p.change}`,
  above: (p) => `${p.pct} 초과: ${p.change}`,
  noChangeDown: "0 %까지 내려도 바뀌지 않음",
  noChangeUp: "100 %까지 올려도 바뀌지 않음",
  noMargin: "격차 없음: 선정된 팀이 없거나 탈락한 팀이 없음",
  margin: (p) => `마지막 선정 팀과 최상위 탈락 팀 사이 ${p.points}점`,
  meaning:
    "실행마다 각 점수를 범위 안에서, 가중치를 평가표의 가중치 주변에서 뽑은 뒤 선정 규칙을 모두 적용함; P(선정)은 그 팀이 선정된 실행의 비율임. 데이터의 불확실성을 나타낼 뿐 실제 결정에 대한 예측이 아님.",
  section: {
    data: "데이터와 평가표",
    ranking: "순위",
    pick: "선정 결과와 사유",
    robustness: "선정 결과가 얼마나 견고한가",
    simulation: "불확실성 아래에서",
    teams: "컨소시엄별 카드",
    sources: "출처",
  },
  contents: "목차",
  chartData: "차트의 데이터",
  chartNote: "_차트는 이 보고서의 HTML 판(`-o report.html`)에 있음; 표에 차트의 데이터가 있음._",
  bonuses: "가점",
  rulesLabel: "규칙",
  madeWith: "생성 명령",
  tie: "동점",
  pickedLine: "선정",
  marginLabel: "격차",
  none: "없음",
  noSources: "이 데이터에는 쓰인 출처 기록이 없음.",
  uncited: (p) => `sources 폴더의 나머지 기록 ${p.n}건은 이 컨소시엄들이 인용하지 않음 (참고:`,
  head: {
    criterion: "평가 항목",
    label: "항목명",
    weight: "가중치",
    scale: "척도",
    levels: "수준",
    place: "순위",
    consortium: "컨소시엄",
    name: "이름",
    total: "총점",
    picked: "선정",
    why: "사유",
    stableFrom: "안정 구간 시작",
    stableTo: "안정 구간 끝",
    below: "아래로",
    above: "위로",
    leftOut: "탈락 팀",
    pointsNeeded: "선정에 필요한 점수",
    pPicked: "P(선정)",
    from95: "95 % 하한",
    to95: "95 % 상한",
    meanRank: "평균 순위",
    sets: "가장 자주 나온 선정 조합",
    share: "실행 중 비율",
    publisher: "발행처",
    published: "발행일",
    titleHead: "제목",
    citedBy: "인용 수",
  },
  chart: {
    ranking: "컨소시엄별 총점",
    rankingAlt: (p) => `${p.rubric} 기준 컨소시엄 ${p.teams}곳의 총점, 높은 순; 선정된 ${p.picked}팀(${p.list})은 파란색.`,
    rankingAxis: "총점 (0–100, 가점 별도)",
    tornado: "선정 결과가 그대로인 가중치 구간",
    tornadoAlt: (p) =>
      `평가 항목마다 막대는 (나머지 가중치를 비율대로 채울 때) 같은 ${p.picked}팀이 선정되는 가중치 구간이고, 표시는 평가표의 가중치임.`,
    probability: "선정 확률과 95 % 구간",
    probabilityAlt: (p) => `${p.settings}의 결과; 막대는 컨소시엄별 P(선정), 수염은 95 % 구간.`,
  },
  card: {
    rank: "순위",
    rankText: (p) => `${p.teams}팀 중 ${p.rank}위, ${p.picked ? "선정" : "선정되지 않음"} (최대 ${p.places}팀)`,
    why: "사유",
    line: "선정선",
    lead: "주관기관",
    members: "참여기관",
    models: "모델",
    services: "서비스",
    noneNamed: "밝힌 것 없음",
    bonusRow: (p) => `가점: ${p.label}`,
    reaches: (p) => `${p.criterion} 점수가 기준에 도달`,
    sources: "출처",
    asOf: (p) => ` (${p.date} 기준)`,
    score: "점수",
    range: "범위",
    points: "득점",
    evidence: "근거",
    source: "출처",
  },
};

/**
 * 한국어 메시지 카탈로그. en.ts와 같은 구조(`Messages`)여서 빠진 메시지가 있으면 컴파일 오류가 난다.
 * 용어는 사업의 표현을 따른다: 정예팀, 컨소시엄, 주관기관, 가점, 평가 항목, 프롬 스크래치, 오픈소스.
 * 라틴 문자 id 뒤에는 조사를 붙이지 않도록 문장을 짠다 (받침을 알 수 없으므로 "id: …", "… (id)" 꼴).
 */
import { init, report } from "./ko-report.js";
import { backtest, compare, forecast, panel, rubrics, sensitivity, simulate, sources, timeline, versus, watch } from "./ko-tables.js";
import type { LineTieWhy, Reason, Unmet } from "../select/reasons.js";
import { fmtApart, type Messages, type TextsFor, type TieHead } from "./en.js";
import type { Said } from "../said.js";
import { says } from "./ko-problems.js";
import type { UsageSaid } from "../usage.js";
import { usage } from "./ko-usage.js";
import { after } from "./ko-help.js";
import { tune } from "./ko-tune.js";
import { templates } from "./ko-init.js";

const fmt = (n: number) => String(Math.round(n * 100) / 100);
/** 1,234 (천 단위 쉼표). */
const thousands = (n: number) => n.toLocaleString("en-US");
const list = (items: readonly string[]) => items.join(", ");
const capped = (ids: readonly string[], count: number) => (count > ids.length ? `${list(ids)} 외 ${count - ids.length}팀` : list(ids));
const quotas = (qs: readonly string[]) => qs.map((q) => `"${q}"`).join(", ");

const reasons: TextsFor<Reason> = {
  "gate-below": (p) =>
    `자격 요건 미달: ${p.criterion} 점수 ${fmtApart(p.value, p.min)[0]}, 최솟값 ${fmtApart(p.value, p.min)[1]}에 못 미침`,
  "gate-above": (p) => `자격 요건 미달: ${p.criterion} 점수 ${fmtApart(p.value, p.max)[0]}, 최댓값 ${fmtApart(p.value, p.max)[1]} 초과`,
  "below-cutoff": (p) =>
    `커트라인 미달: 총점 ${fmtApart(p.total, p.min_total)[0]}점, 최저 총점(min_total) ${fmtApart(p.total, p.min_total)[1]}점에 못 미침`,
  "below-last-pick": () => "마지막 선정 팀보다 순위가 낮음",
  "quota-full": (p) => `할당 "${p.quota}" 정원이 이미 참 (최대 ${p.max}팀)`,
  "organisation-conflict": (p) => `참여 기관 중복: ${p.organisation} (이미 선정된 팀 ${p.team}에도 참여)`,
  "place-held": (p) => (p.quotas.length ? `최소 할당 ${quotas(p.quotas)} 몫으로 자리를 남겨 둠` : "최소 할당 몫으로 자리를 남겨 둠"),
  picked: (p) => `순위대로 선정 (${p.places}팀 중 ${p.pick}번째)${p.quotas.length ? `; 할당 ${quotas(p.quotas)} 충족에 포함` : ""}`,
  "best-set-picked": (p) => `선정: 모든 규칙을 지키면서 총점 합이 가장 높은 조합에 포함 (총점 합 ${fmt(p.sum)})`,
  "best-set-full": (p) => `모든 규칙을 지키면서 총점 합이 가장 높은 조합에 들지 못함: ${p.places}자리가 모두 참`,
  "best-set-out": () => "모든 규칙을 지키면서 총점 합이 가장 높은 조합에 들지 못함",
  "line-tie": (p) =>
    `${p.place}위 동점 (${p.total.toFixed(2)}점, ${list(p.with)}): ${
      p.decided_by === "id"
        ? "평가 항목이 아닌 id(알파벳순)로 결정됨"
        : p.decided_by === "lottery"
          ? `평가 항목이 아닌 추첨으로 결정됨 (시드 ${p.seed}, 추첨 번호 ${p.ticket}); 시드가 다르면 순서가 달라질 수 있음`
          : p.decided_by === "rules"
            ? "선정 규칙으로 결정됨"
            : `동점 처리 기준 ${p.decided_by}에 따라 결정됨`
    }`,
  dominated: (p) => `지배됨 (${capped(p.by, p.count)}): 어떤 가중치로도 상위 ${p.places}위 안에 들 수 없음`,
};

const unmet: TextsFor<Unmet> = {
  "quota-too-few-eligible": (p) =>
    `할당 "${p.quota}": 최소 ${p.min}팀을 선정해야 하지만 ${p.got}팀만 선정됨 (해당하는 적격 팀이 ${p.eligible}팀뿐임)`,
  "quota-no-room": (p) =>
    `할당 "${p.quota}": 최소 ${p.min}팀을 선정해야 하지만 ${p.got}팀만 선정됨 (다른 규칙 때문에 더 선정할 자리가 없음)`,
  "search-undecided": (p) =>
    `규칙 탐색이 ${thousands(p.limit)}단계에서 멈춰 모든 최소 할당과 기관 중복을 정확히 가리지 못함: 보인 조합은 충족했다고 밝힌 규칙은 지키지만 더 나은 조합이 있을 수 있음`,
};

const tieHead = (p: TieHead) => `${p.place}위 동점 (${p.total.toFixed(2)}점): ${list(p.ids)}`;
const equalText = (p: { all_equal: boolean; tie_break: readonly string[] }) =>
  p.all_equal
    ? "모든 평가 항목의 점수가 같음"
    : p.tie_break.length
      ? `동점 처리 기준(${list(p.tie_break)})의 점수가 같음`
      : "평가표에 동점 처리 기준이 없음";
const ties: TextsFor<LineTieWhy, TieHead> = {
  "tie-by-id": (p) => `${tieHead(p)} — ${equalText(p)}; 평가 항목이 아닌 id(알파벳순)로 결정됨.`,
  "tie-by-lottery": (p) =>
    `${tieHead(p)} — ${equalText(p)}; 평가 항목이 아닌 추첨으로 순서를 정함 (시드 ${p.seed}, 추첨 번호: ${p.tickets.map((t) => `${t.id} ${t.ticket}`).join(", ")}); 시드가 다르면 순서가 달라질 수 있음.`,
  "tie-by-rules": (p) => `${tieHead(p)} — 순위가 아니라 선정 규칙이 이 중 선정될 팀을 정함 (팀별 사유 참고).`,
  "tie-by-criterion": (p) =>
    `${tieHead(p)} — 동점 처리 기준 ${p.criterion}에 따라 결정됨 (${p.above} ${p.above_score}, ${p.below} ${p.below_score}).`,
};

export const ko: Messages = {
  code: "ko",
  common: {
    ordinal: (n) => `${n}위`,
    list,
    none: "없음",
    strategy: { "rank-order": "순위순", "best-set": "최적 조합" },
    noReason: "기록된 사유 없음",
    date: (iso) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      return m ? `${m[1]}년 ${Number(m[2])}월 ${Number(m[3])}일` : iso;
    },
  },
  reasons,
  unmet,
  ties,
  simulate,
  sources,
  rubrics,
  compare,
  sensitivity,
  panel,
  timeline,
  versus,
  forecast,
  backtest,
  watch,
  tune,
  templates,
  report,
  init,
  score: {
    title: (p) => `${p.rubric} — 컨소시엄 ${p.teams}곳, 최대 ${p.places}팀 선정 (${p.mark})`,
    weights: (p) => `가중치: ${p.list}`,
    lowerIsBetter: "(낮을수록 좋음)",
    method: (p) => `집계 방식: ${p.name}`,
    markdownHead: (p) => `**${p.rubric}** — 가중치: ${p.list}`,
    hidden: (p) => `${p.columns}열에 맞추느라 숨긴 열: ${p.list} (--wide로 모든 열 표시)`,
    unmet: (p) => `미충족: ${p.text}`,
    dominated: (p) => `어떤 가중치로도 상위 ${p.places}위 안에 들 수 없음 (지배됨): ${p.list}`,
    dominatedBy: (p) => `${p.id} (${p.n}팀에 지배됨)`,
    head: {
      consortium: "컨소시엄",
      name: "이름",
      nameKo: "한글 이름",
      kind: "유형",
      bonus: "가점",
      total: "총점",
      rank: "순위",
      id: "id",
      selected: "선정",
    },
  },
  select: {
    title: (p) => `${p.rubric} — 선정 방식: ${p.strategy}, 최대 ${p.places}팀`,
    markdownHead: (p) => `**${p.rubric}** — 선정 방식: ${p.strategy}; 최대 ${p.places}팀 중 ${p.n}팀 선정: ${p.picked}`,
    picked: (p) => `선정 (${p.n}팀):`,
    audit: "전체 심사 기록:",
    unmetRules: "충족하지 못한 규칙:",
    unmetRow: "(미충족 규칙)",
    head: {
      consortium: "컨소시엄",
      total: "총점",
      why: "사유",
      rank: "순위",
      id: "id",
      name: "이름",
      kind: "유형",
      selected: "선정",
      reasons: "사유",
    },
  },
  help: {
    program: {
      description: "선정 경쟁을 YAML로 모형화 — 기본 데이터는 2025년 독자 AI 파운데이션 모델 정예팀 선정: 점수, 선정, 모의실험, 설명.",
      version: "버전을 보임",
      help: "도움말을 보임",
      helpCommand: "명령의 도움말을 보임",
      examples: [
        "sovereign-ai score                          # 내장 컨소시엄의 순위",
        "sovereign-ai explain skt                    # 컨소시엄 하나의 카드: 득점, 순위, 사유",
        "sovereign-ai score -w openness=50 -f csv    # 다른 가중치로, CSV로",
        "sovereign-ai init consortium my-team        # 채워 넣을 새 컨소시엄 파일",
      ],
      after:
        "\n명령별 옵션과 예시는 `sovereign-ai 명령 --help`로 보세요.\n" +
        "색: 터미널에서는 켜지고 파이프로 보내면 꺼짐; NO_COLOR=1 또는 --no-color로 끄고 FORCE_COLOR=1로 켬.\n" +
        "종료 코드: 0 정상, 1 입력 데이터 오류, 2 잘못된 사용법, 70 내부 오류(버그).\n",
    },
    titles: {
      "Usage:": "사용법:",
      "Options:": "옵션:",
      "Commands:": "명령:",
      "Arguments:": "인자:",
      "Global Options:": "공통 옵션:",
      "Examples:": "예시:",
    },
    choices: "선택",
    default: "기본값",
    usage: { "[options]": "[옵션]", "[command]": "[명령]" },
    options: {
      "--output": "표준 출력 대신 FILE에 원자적으로 씀",
      "--format": "출력 형식 (기본값: table, 또는 --output 파일의 확장자)",
      "--excel": "스프레드시트 프로그램용 CSV: UTF-8 BOM과 CRLF 줄 끝 (--format csv 포함)",
      "--wide": "표가 아무리 넓어도 모든 열을 보임",
      "--no-color": "터미널에서도 색을 쓰지 않음",
      "--reviews": "심사위원단 점수: 심사위원 파일 폴더 또는 .csv 시트 (기본값: 컨소시엄 폴더 옆 reviews/)",
      "--rubric": "평가표 파일, 또는 criteria/ 안의 평가표 이름 (기본값: criteria/default.yaml)",
      "--consortia": "컨소시엄 폴더 또는 파일 (기본값: consortia/)",
      "--sources": "인용을 확인할 출처 기록 (기본값: 컨소시엄 폴더 옆 sources/)",
      "--weight": "평가 항목의 상대 가중치를 바꿈 (여러 번 쓸 수 있음)",
      "--watch":
        "입력 파일(평가표, 컨소시엄, 출처, 심사 점수)이 바뀔 때마다 다시 실행하고 달라진 점을 보임; 터미널 또는 -o FILE 필요; Ctrl-C로 멈춤",
      "--programme": "단계 파일 폴더 (기본값: programme/)",
      "--seed": "평가표의 tie_break가 lottery로 끝날 때 아직 동점인 팀의 순서를 정하는 추첨의 시드 (기본값: 2025)",
      "--no-cache": "검증된 파일의 캐시를 쓰지 않고 모든 파일을 처음부터 읽음 (SOVEREIGN_AI_NO_CACHE=1과 같음)",
      "--method": "평가 항목 점수를 총점으로 합치는 방법, 평가표의 method 대신 (기본값: weighted-sum 가중합)",
    },
    commands: {
      score: {
        description: "가중 평가표로 컨소시엄 순위를 매기고 선정될 팀을 표시",
        args: {},
        options: {
          "--top": "처음 N개 행만",
          "--full": "JSON: 모든 팀의 dominated_by 목록 전체 (기본은 처음 10개 id; dominated_by_count는 언제나 전체 수)",
        },
      },
      select: {
        description: "평가표의 선정 규칙에 따라 팀을 선정하고, 모든 컨소시엄의 심사 기록을 보임",
        args: {},
        options: {
          "--strategy": "평가표의 selection.strategy를 이 값으로 바꿈",
          "--full": "JSON: 모든 팀의 dominated_by 목록 전체 (기본은 처음 10개 id; dominated_by_count는 언제나 전체 수)",
        },
      },
      simulate: {
        description: "점수와 가중치가 불확실할 때 선정을 모의실험: 컨소시엄별 선정 가능성",
        args: {},
        options: {
          "--runs": "모의 선정 횟수 (기본값: 10000)",
          "--seed":
            "모의실험의 난수 시드이자, 평가표의 tie_break가 lottery로 끝날 때 추첨의 시드; 입력과 시드가 같으면 출력도 같음 (기본값: 2025)",
          "--distribution":
            "점수를 범위에서 뽑는 방법: 값을 최빈값으로 하는 삼각분포(triangular) 또는 균등분포(uniform) (기본값: triangular)",
          "--weight-concentration":
            "가중치의 디리클레 집중도 K, α = K × 가중치 (기본값: 평가표의 simulation.weight_concentration, 없으면 30); K가 클수록 평가표의 가중치에 가까움",
          "--uniform-weights": "모든 가중치 벡터에서 고르게 뽑음 (선호 정보 없음)",
          "--fixed-weights": "평가표의 가중치를 그대로 둠 (점수만 불확실)",
          "--scores": "ranges: 점수를 범위에서 뽑음; bootstrap: 회마다 심사위원을 다시 표집 (심사 점수 필요) (기본값: ranges)",
          "--threads": "쓸 스레드 수, 최대 사용 가능한 코어 수 (기본값: 전부); 출력은 이 값과 무관함",
          "--full": "JSON과 CSV에 모든 팀의 모든 순위 확률 (기본은 1~50위: 10,000팀이면 1억 개의 수가 출력됨)",
        },
      },
      validate: {
        description: "평가표와 컨소시엄 파일을 검사하고 정상 여부 또는 모든 문제를 보임",
        args: {},
        options: {
          "--strict": "출처 기록, 모든 사실의 출처, 모든 점수의 근거도 요구하고 TODO가 남지 않았는지 확인 (CI용)",
          "--format": "table: 정상 또는 문제 목록 (표준 오류로); json: 결과와 모든 문제의 파일, 줄, 열, 경로, 메시지 (표준 출력으로)",
          "--quiet": "모두 정상이면 아무것도 출력하지 않고, 문제가 있을 때만 문제를 출력함",
        },
      },
      sensitivity: {
        description: "선정 결과가 바뀌기 전까지 각 가중치가 움직일 수 있는 폭: 정확한 전환점, 점수 차, 필요한 점수, 지배 관계",
        args: {},
        options: {
          "--criterion": "이 평가 항목만",
          "--full":
            "선정되지 않은 모든 팀에 대해 필요한 점수 합계와 항목 점수를 계산 (기본: 점수 합계는 상위 50팀, 항목 점수는 상위 10팀; 각각 탐색이 필요함)",
        },
      },
      tune: {
        description: "전체 화면에서 평가표의 가중치를 조정: 슬라이더, 키를 누를 때마다 다시 매긴 순위, 전환점; s로 파일에 저장",
        args: {},
        options: {},
      },
      compare: {
        description:
          "같은 컨소시엄을 두 개 이상의 평가표로 (또는 한 평가표를 여러 집계 방법으로) 나란히 비교: 순위, 총점, 선정; 순위 간 켄달 τ",
        args: { rubric: "평가표 파일, 또는 criteria/ 안의 평가표 이름 (예: default service-first)" },
        options: {
          "--methods":
            "한 평가표를 쉼표로 구분한 여러 집계 방법으로 비교 (weighted-sum,weighted-product,topsis): 방법을 바꿔도 순위가 유지되는가?",
          "--consortia": "컨소시엄 폴더 또는 파일 (기본값: consortia/); 평가표 다음에 쓸 것",
        },
      },
      explain: {
        description: "컨소시엄 하나의 카드: 사실 정보, 평가 항목별 득점, 순위, 선정 여부와 그 사유",
        args: { id: "컨소시엄 id (확장자 .yaml을 뺀 파일 이름), 예: skt" },
        options: {
          "--vs": "다른 컨소시엄과 일대일 비교: 항목별 득점, 점수 차, 승부를 가르는 항목, 순위를 뒤집는 가중치 변화",
        },
      },
      panel: {
        description: "심사위원단의 팀·항목별 점수와 편차, 회피, 심사위원 간 일치도",
        args: {},
        options: {
          "--influence": "심사위원을 한 명씩 빼 보고, 빠지면 선정 팀이 바뀌는 심사위원을 보임",
        },
      },
      sources: {
        description: "데이터가 인용하는 출처 기록 목록: 발행처, 날짜, 언어, 인용 횟수, 주소",
        args: {},
        options: {},
      },
      report: {
        description: "공유용 보고서 작성: 순위, 선정과 심사 기록, 견고성, 모의실험, 컨소시엄별 카드, 출처 (차트가 든 HTML 또는 Markdown)",
        args: {},
        options: {
          "--format": "html (기본값) 또는 markdown; 주지 않으면 --output 파일의 확장자로 정함",
          "--output": "표준 출력 대신 FILE(예: report.html)에 원자적으로 씀",
          "--date": "보고서에 찍을 날짜 (기본값: 데이터의 가장 최근 as_of, 없으면 오늘)",
          "--runs": "모의실험 절의 모의 선정 횟수 (기본값: 10000)",
          "--seed": "모의실험의 난수 시드이자, 평가표의 tie_break가 lottery로 끝날 때 추첨의 시드 (기본값: 2025)",
          "--no-simulation": "모의실험 절을 뺌",
          "--watch": "입력 파일이 바뀔 때마다 다시 실행; 터미널 또는 -o FILE 필요; Ctrl-C로 멈춤",
        },
      },
      rubrics: {
        description: "-r NAME으로 쓸 수 있는 평가표 목록 (여기의 criteria/, 다음으로 내장 평가표)과 각 평가표가 모형화하는 것",
        args: {},
        options: {},
      },
      schema: {
        description: "컨소시엄·평가표·출처 파일의 JSON 스키마를 출력 (편집기와 다른 도구용)",
        args: { kind: "파일 종류" },
        options: {},
      },
      init: {
        description: "주석이 달린 새 컨소시엄 또는 평가표 파일을 씀 (그대로 검사를 통과함), 또는 내장 데이터를 폴더에 복사 (덮어쓰지 않음)",
        args: {
          kind: "만들 것",
          name: "컨소시엄 id 또는 평가표 이름 (소문자 슬러그; 파일은 NAME.yaml), contest면 내장 데이터를 복사할 폴더",
        },
        options: {
          "--rubric": "점수를 매길 기준 평가표 (consortium) 또는 출발점 평가표 (rubric); 기본값: criteria/default.yaml",
          "--dir": "파일을 쓸 폴더 (기본값: 작업 폴더의 consortia/ 또는 criteria/)",
        },
      },
      timeline: {
        description: "사업 단계를 순서대로: 참여 팀, 진출하거나 탈락한 팀과 그 이유, 공개된 점수, 출처",
        args: {},
        options: {
          "--programme": "단계 파일 폴더 (기본값: programme/); 그 안의 consortia/에는 기본 경쟁 밖의 팀이 있음",
          "--sources": "단계 파일이 인용하는 출처 기록 (기본값: programme 폴더 옆 sources/)",
        },
      },
      backtest: {
        description:
          "그 단계 이전 날짜의 데이터만으로 단계를 재현: 적중, 브라이어 점수, 기준선 대비 로그 손실, 순위 상관, 결과를 재현했을 가중치",
        args: {},
        options: {
          "--stage": "재현할 단계 (`sovereign-ai timeline` 참고)",
          "--sources": "단계 파일이 인용하는 출처 기록 (기본값: programme 폴더 옆 sources/)",
          "--runs": "진출 확률 P(advance)를 구할 모의 선정 횟수 (기본값: 10000)",
          "--seed": "모의실험과 가중치 표본의 난수 시드 (기본값: 2025)",
          "--samples": "역문제를 풀려고 뽑는 가중치 벡터 수 (기본값: 20000)",
        },
      },
      forecast: {
        description: "최근 단계에서 출발해 남은 팀마다 다음 평가에서 진출할 확률과 최종까지 갈 확률을 모든 가정과 함께 보임",
        args: {},
        options: {
          "--sources": "단계 파일이 인용하는 출처 기록 (기본값: programme 폴더 옆 sources/)",
          "--runs": "모의 단계 횟수 (기본값: 10000)",
          "--seed": "난수 시드 (기본값: 2025)",
        },
      },
      completion: {
        description: "bash, zsh, fish용 자동 완성 스크립트를 출력함: 명령, 옵션, 형식, 평가표 이름, 컨소시엄 id를 Tab으로 완성",
        args: { shell: "셸" },
        options: {
          "--names": "평가표 이름 또는 컨소시엄 id를 한 줄에 하나씩 (스크립트가 묻는 것)",
        },
      },
    },
    after,
    lang: "사람이 읽는 글의 언어: en 또는 ko (기본값: SOVEREIGN_AI_LANG, 없으면 LC_ALL, LC_MESSAGES, LANG 순; ko로 시작하면 한국어). JSON 키, CSV 머리글, 코드는 언어와 무관하게 같음",
  },
  problems: {
    error: "오류",
    found: (p) => `문제 ${p.n.toLocaleString("ko-KR")}건을 찾았습니다.`,
    runHelp: "사용법은 --help로 확인하세요.",
    internal: (p) => `sovereign-ai: 내부 오류: ${p.detail}`,
    bug: "프로그램의 버그입니다. 실행한 명령과 함께 알려 주세요; SOVEREIGN_AI_DEBUG=1로 실행하면 스택 추적을 볼 수 있습니다.",
    cell: (p) => `${p.row}행 ${p.column}열${p.name ? ` (${p.name})` : ""}`,
    says,
    say: (s) => (says[s.code] as (p: Said) => string)(s),
  },
  usage: {
    says: usage,
    say: (s) => (usage[s.code] as (p: UsageSaid) => string)(s),
  },
  validate: {
    ok: (p) => `정상: 평가표 "${p.rubric}", 컨소시엄 파일 ${p.n}개 모두 유효함${p.cited}${p.panel}${p.strict ? " (엄격 모드)" : ""}`,
    cited: (p) => `, 모든 인용이 출처 기록 ${p.n}건에서 확인됨`,
    panel: (p) => `; ${p.source}의 심사위원 ${p.reviewers}명 점수가 유효함 (점수 ${p.scores}건, 회피 ${p.recusals}건)`,
  },
  explain: {
    notReachable: "이 항목만으로는 불가능",
    needs: (p) => `다른 점수는 그대로 두고 한 항목만 바꿀 때 필요한 점수: ${p.list}`,
    parameters: (p) => `매개변수 ${p.b}B`,
    fromScratch: "프롬 스크래치 개발",
    notFromScratch: "프롬 스크래치 아님",
    users: (p) => `사용자 ${p.n}명`,
    lineNone: "선정된 팀이 없어 넘어야 할 선이 없음",
    lineNoneOut: "선정됨, 탈락한 팀 없음",
    lineTiedAboveAhead: (p) => `경계선: 총점(${p.total})이 탈락 팀 중 최상위(${p.versus})와 같지만 동점 처리 기준에서 앞섬`,
    lineTiedAboveRules: (p) => `경계선: 총점(${p.total})이 탈락 팀 중 최상위(${p.versus})와 같지만 선정 규칙으로 선정됨`,
    lineAbove: (p) => `${p.points}점 차로 선정권 안: 탈락 팀 중 최상위 ${p.versus}의 총점은 ${p.total}점`,
    lineAboveByRules: (p) => `탈락 팀 중 최상위(${p.versus}, ${p.total}점)보다 ${p.points}점 뒤지지만 선정 규칙으로 선정됨`,
    lineTiedBelowRules: (p) => `경계선: 총점(${p.total})이 마지막 선정 팀(${p.versus})과 같지만 선정 규칙으로 탈락`,
    lineTiedBelowBehind: (p) => `경계선: 총점(${p.total})이 마지막 선정 팀(${p.versus})과 같지만 동점 처리 기준에서 뒤짐`,
    lineBelow: (p) => `선정권까지 ${p.points}점 부족: 마지막 선정 팀 ${p.versus}의 총점은 ${p.total}점`,
    lineBelowByRules: (p) => `마지막 선정 팀(${p.versus}, ${p.total}점)보다 ${p.points}점 앞서지만 선정 규칙으로 탈락`,
    rankOf: (p) => `${p.teams}팀 중 ${p.rank}위`,
    tiedFor: (p) => `${p.teams}팀 중 공동 ${p.place}위`,
    tiedForWith: (p) => `${p.teams}팀 중 공동 ${p.place}위 (${p.with})`,
    equalTotalWith: (p) => `총점 같음: ${p.with}`,
    status: (p) => `${p.place}, ${p.picked ? "선정" : "미선정"} (최대 ${p.places}팀 선정)`,
    totalWithBonus: (p) => `${p.total} = 평가 항목 ${p.weighted} + 가점 ${p.bonus}`,
    totalPlain: (p) => `${p.total} (평가 항목 합계)`,
    methodFormula: {
      "weighted-product": "100 × 평가 항목별 (단위 점수 ^ 가중치)의 곱; 단위 점수는 척도 위 점수의 위치를 0에서 1로 나타낸 값",
      topsis:
        "100 × d⁻/(d⁺ + d⁻): d⁺는 가중 단위 점수가 모든 항목에서 참가팀 중 최고인 이상점(ideal)과의 거리, d⁻는 최저인 반이상점(anti-ideal)과의 거리",
    },
    fieldDependent: (p) =>
      `총점이 참가팀 구성에 따라 달라짐: 이상점과 반이상점은 이 ${p.teams}팀 중 최고와 최저이므로, 팀을 더하거나 빼면 총점과 순위가 바뀔 수 있음`,
    byMethod: (p) => ` (${p.method} 방식: ${p.formula}${p.distances}${p.field ? `; ${p.field}` : ""})`,
    asOf: (p) => ` (${p.date} 기준)`,
    pickedMark: "✔ 선정",
    notPickedMark: "✘ 미선정",
    headline: (p) => `${p.rubric}: ${p.place} · ${p.mark} (최대 ${p.places}팀) · 총점 ${p.total}`,
    mdStatus: (p) => `**${p.rubric}**: ${p.status}. 총점 ${p.total}.`,
    mdWhy: (p) => `사유: ${p.why}. 선정선: ${p.line}.`,
    mdNeeds: (p) => `필요한 점수: ${p.text}.`,
    noneNamed: "밝혀진 것 없음",
    bonusRow: (p) => `가점: ${p.label}`,
    bonusReached: (p) => `${p.criterion} 가점 기준 충족`,
    label: {
      why: "사유",
      line: "선정선",
      tie: "동점",
      needs: "필요한 점수",
      total: "총점",
      summary: "요약",
      lead: "주관기관",
      members: "참여기관",
      models: "모델",
      services: "서비스",
      bonus: "가점",
    },
    mdLabel: {
      lead: "주관기관",
      members: "참여기관",
      models: "모델",
      services: "서비스",
      panel: "심사위원단",
      sources: "출처",
      evidence: "근거",
      total: "총점",
    },
    head: { criterion: "평가 항목", score: "점수", range: "범위", weight: "가중치", points: "득점", evidence: "근거", source: "출처" },
  },
};

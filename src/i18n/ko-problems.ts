/**
 * 입력 데이터의 문제를 한국어로 (코드와 데이터: src/said.ts). 파일 이름, 키, id, 값은 원문 그대로 둔다.
 * 라틴 문자 id 뒤에는 조사를 붙이지 않도록 "항목 "x"" 꼴로 쓴다.
 */
import type { DataDate, Fact, FsWhat, Got, Said } from "../said.js";
import type { TextsFor } from "./en.js";

const didYouMean = (s: string | null) => (s ? ` (혹시 "${s}"?)` : "");

const got = (g: Got): string => {
  switch (g.kind) {
    case "null":
      return "null(빈 값)";
    case "list":
      return "목록";
    case "mapping":
      return "매핑";
    case "text":
      return `텍스트 ${g.value}`;
    case "number":
      return `숫자 ${g.value}`;
    case "boolean":
      return g.value;
    case "nan":
      return "NaN(.nan)";
    case "infinity":
      return "무한대(.inf 또는 너무 큰 수)";
    case "minus-infinity":
      return "음의 무한대(.inf 또는 너무 큰 수)";
    case "other":
      return g.value;
  }
};

/** The schemas' own words for what they expect (src/schema: the checks' messages), in Korean. */
const EXACT: Record<string, string> = {
  "a lowercase slug (letters, digits, - or _), e.g. from_scratch": "소문자 슬러그(영문 소문자, 숫자, - 또는 _; 예: from_scratch)",
  "a non-empty text": "비어 있지 않은 텍스트",
  "a lowercase word, e.g. telecom or academia": "영문 소문자 단어(예: telecom, academia)",
  "a finite number": "유한한 수",
  "a number from -1e12 to 1e12 (larger ones would overflow a total)": "-1e12부터 1e12까지의 수(더 크면 총점이 넘침)",
  'a citation such as "unicorn-2025-07-21 ¶3"': '"unicorn-2025-07-21 ¶3" 같은 출처 표기',
  "at least one citation": "출처 표기 하나 이상",
  "an ISO date such as 2025-08-04 (year-month-day)": "2025-08-04 같은 ISO 날짜(연-월-일)",
  "an http(s) address, e.g. https://example.com/article": "http(s) 주소(예: https://example.com/article)",
  "a positive number of billions": "0보다 큰 수(단위: 10억)",
  "a whole number of users, 0 or more": "0 이상의 정수(사용자 수)",
  "a weight of 0 or more": "0 이상의 가중치",
  "bonus points of 0 or more": "0 이상의 가점",
  "a whole number, 0 or more": "0 이상의 정수",
  "a whole number, 1 or more": "1 이상의 정수",
  "a whole number of teams, 1 or more": "1 이상의 정수(팀 수)",
  "a concentration above 0": "0보다 큰 집중도",
  "a share from 0 to below 0.5": "0 이상 0.5 미만의 비율",
  "at least one criterion": "평가 항목 하나 이상",
  "a paragraph number of 1 or more": "1 이상의 문단 번호",
  "a language tag such as ko or en": "ko, en 같은 언어 태그",
  "a year and month, e.g. 2026-08": "연도와 월(예: 2026-08)",
};

/** The schema's "expected" words (validate/schema.ts expectedOf) in Korean; values in quotes are kept. */
const PATTERNS: [RegExp, string][] = [
  [/a mapping \(key: value lines\)/g, "매핑(키: 값 줄)"],
  [/a mapping/g, "매핑"],
  [/a whole number/g, "정수"],
  [/a number/g, "숫자"],
  [/a text/g, "텍스트"],
  [/true or false/g, "true 또는 false"],
  [/a list of (\d+) items, e\.g\. \[low, high\]/g, "항목 $1개짜리 목록(예: [low, high])"],
  [/a list/g, "목록"],
  [/one of /g, "다음 중 하나: "],
  [/a valid value/g, "올바른 값"],
  [/ or /g, " 또는 "],
];
export const expected = (text: string) => EXACT[text] ?? PATTERNS.reduce((t, [re, ko]) => t.replace(re, ko), text);

const fsWhat: Record<FsWhat, string> = { file: "파일", path: "파일 또는 폴더", directory: "폴더" };
const FACT: Record<Fact["kind"], string> = { lead: "주관기관", member: "참여기관", model: "모델", service: "서비스", score: "점수" };
const dated = (d: DataDate) =>
  d.form === "as-of" ? `파일의 데이터 기준일이 ${d.date}임` : `${d.published}에 발행된 ${d.source}을(를) 인용함`;
const NOUN = { consortium: "컨소시엄", reviewer: "심사위원", source: "출처" } as const;
const hashes = (keys: readonly string[]) => keys.map((k) => `#${k}`).join(", ");

/** The YAML parser's error codes in Korean (the parser's English text follows as its explanation). */
const YAML_ERRORS: Readonly<Record<string, string>> = {
  BAD_INDENT: "들여쓰기가 맞지 않음",
  MISSING_CHAR: "닫는 따옴표나 괄호 같은 문자가 빠짐",
  UNEXPECTED_TOKEN: "여기에 올 수 없는 내용이 있음",
  BLOCK_AS_IMPLICIT_KEY: "이 자리에는 한 줄짜리 키만 올 수 있음 (들여쓰기를 확인하세요)",
  MULTILINE_IMPLICIT_KEY: "키가 한 줄 안에 끝나지 않음 (콜론 뒤 공백이나 들여쓰기를 확인하세요)",
  BAD_DQ_ESCAPE: "큰따옴표 문자열 안의 \\ 이스케이프가 잘못됨",
  BAD_SCALAR_START: "값이 그대로 쓸 수 없는 문자로 시작함 (값을 따옴표로 감싸세요)",
  BLOCK_IN_FLOW: "{ } 또는 [ ] 안에 여러 줄 블록 형식이 들어감",
  KEY_OVER_1024_CHARS: "키가 1024자보다 긺",
  BAD_ALIAS: "별칭(*)이 잘못됨",
  ALIAS_PROPS: "별칭(*)에 앵커나 태그를 붙일 수 없음",
  MULTIPLE_ANCHORS: "앵커(&)가 둘 이상 붙음",
  MULTIPLE_TAGS: "태그(!)가 둘 이상 붙음",
  BAD_PROP_ORDER: "앵커(&)나 태그(!)의 자리가 잘못됨",
  NON_STRING_KEY: "키가 문자열이 아님",
  BAD_DIRECTIVE: "% 지시자가 잘못됨",
  BAD_COLLECTION_TYPE: "매핑이나 목록의 형식이 잘못됨",
};

export const says: TextsFor<Said> = {
  "not-found": (p) =>
    p.form === "not-dir" ? "경로 중간의 한 부분이 폴더가 아님; 경로를 확인하세요" : `${fsWhat[p.what]}이(가) 없음; 경로를 확인하세요`,
  unreadable: (p) => {
    switch (p.errno) {
      case "EACCES":
      case "EPERM":
        return `${fsWhat[p.what]}을(를) 읽을 권한이 없음; 권한을 확인하세요`;
      case "EISDIR":
        return "파일이 필요한데 폴더임; .yaml 파일을 지정하세요";
      case "ELOOP":
        return "경로가 심볼릭 링크끼리 돌고 돎; 링크를 확인하세요";
      default:
        return `${fsWhat[p.what]}을(를) 읽을 수 없음 (${p.errno ?? "알 수 없는 오류"}); 경로와 권한을 확인하세요`;
    }
  },
  "not-a-file": (p) =>
    p.form === "directory"
      ? "파일이 필요한데 폴더임; .yaml 파일을 지정하세요"
      : "일반 파일이 아님(장치, 파이프 또는 소켓); .yaml 파일을 지정하세요",
  "too-big": (p) =>
    `크기가 ${p.size === null ? "그보다 큼" : `${p.size.toLocaleString("en-US")}바이트`}: 입력 파일 한도 ${p.limit.toLocaleString("en-US")}바이트(1 MiB)를 넘어 읽지 않음 — 여러 파일로 나누거나 줄이세요`,
  binary: () => "바이너리 파일(NUL 바이트가 있음)이지 YAML 텍스트가 아님; .yaml 텍스트 파일을 지정하세요",
  "not-utf8": (p) => `올바른 UTF-8이 아님 (첫 잘못된 바이트: 오프셋 ${p.offset}, ${p.line}번째 줄); UTF-8 인코딩으로 저장하세요`,
  "empty-folder": (p) =>
    p.others === 0
      ? `폴더가 비어 있음; ${NOUN[p.noun]}마다 .yaml 파일을 하나씩 넣으세요`
      : `폴더에 .yaml이나 .yml 파일이 없음 (다른 파일 ${p.others}개뿐); ${NOUN[p.noun]} 파일 이름은 <id>.yaml로 하세요`,
  "unknown-rubric": (p) =>
    `이 이름의 평가표가 없음${didYouMean(p.suggestion)}; 작업 폴더에서 ${p.rubric} 파일을, 이어서 여기와 내장 데이터 ${p.bundled}의 criteria/${p.file}을(를) 찾아봄; ` +
    `평가표: ${p.known.join(", ") || "없음"} (sovereign-ai rubrics로 설명을 볼 수 있음)`,
  "no-rubrics": (p) => `평가표가 없음: ./criteria/에도 내장 데이터 ${p.bundled}/criteria/에도 .yaml 파일이 없음`,
  "yaml-syntax": (p) =>
    p.form === "parser"
      ? `YAML 문법 오류${p.yaml !== null && YAML_ERRORS[p.yaml] ? `: ${YAML_ERRORS[p.yaml]}` : ""} (파서의 설명: ${p.detail})`
      : `데이터로 읽을 수 없음 (${p.detail}); YAML을 확인하세요`,
  "duplicate-key": (p) =>
    `키 중복${p.key !== null ? `: "${p.key}"` : ""}; 한 매핑에서 키는 한 번만 쓸 수 있으니 하나를 지우거나 이름을 바꾸세요`,
  "tab-indent": () => "탭으로 들여쓰기함; YAML은 공백으로만 들여쓰니 탭을 공백으로 바꾸세요",
  "multiple-documents": () =>
    "여기서 두 번째 YAML 문서가 시작됨(---); 파일 하나에는 문서 하나만 들어가니 컨소시엄마다 파일을 따로 만드세요",
  "unknown-tag": (p) =>
    `태그 ${JSON.stringify(p.tag)}은(는) 쓸 수 없음: 이 파일들은 태그 없는 YAML 1.2 값(core 스키마)만 담음; 태그를 지우세요`,
  "too-deep": (p) => `${p.max}단계보다 깊게 중첩됨; 이 파일들은 몇 단계면 충분하니 평평하게 고치세요`,
  "too-many-aliases": (p) =>
    `데이터로 읽을 수 없음: 별칭(*name)이 너무 많이 펼쳐짐(${p.max}개 초과, "billion laughs" 공격과 같은 꼴); 값을 직접 쓰세요`,
  "empty-file": (p) =>
    p.form === "stream"
      ? "빈 입력; ---로 구분한 YAML 문서(컨소시엄마다 하나)가 있어야 함"
      : p.form === "csv"
        ? "빈 파일; 머리글 행(reviewer,team,<평가 항목 id>)으로 시작해야 함"
        : "빈 파일; YAML 매핑(키: 값 줄)이 있어야 함",
  "reserved-key": (p) => `알 수 없는 키 ${JSON.stringify(p.key)}: 이런 이름의 항목은 없음(JavaScript 예약어); 지우세요`,
  "yaml-directive": (p) =>
    p.form === "version"
      ? `지시자 ${JSON.stringify(p.directive)}은(는) 쓸 수 없음: 이 파일들은 YAML 1.2로만 읽음(YAML 1.1은 010을 8로, no를 false로 읽음); 그 줄을 지우세요`
      : `지시자 ${JSON.stringify(p.directive)}은(는) 쓸 수 없음: 이 파일들은 태그를 쓰지 않음; 그 줄을 지우세요`,
  "undefined-alias": (p) =>
    `별칭 *${p.name}이(가) 정의되지 않음: 별칭은 파일 앞쪽에서 &${p.name}(으)로 표시한 값을 되풀이함; 이 줄 앞의 값에 &${p.name}을(를) 붙이거나 값을 직접 쓰세요`,
  "cr-line-endings": () =>
    "옛 Mac 줄바꿈(CR만)을 써서 한 줄로 읽힘; LF(Unix)나 CRLF(Windows) 줄바꿈으로 저장하세요 (예: tr '\\r' '\\n' < old.yaml > new.yaml)",
  "not-a-mapping": (p) => `파일 맨 위는 매핑(키: 값 줄)이어야 하는데 ${got(p.got)}임`,
  "unknown-key": (p) => `알 수 없는 키 "${p.key}"${didYouMean(p.suggestion)}; 여기서 쓸 수 있는 키: ${p.allowed.join(", ")}`,
  "missing-field": (p) => `필수 항목 없음${p.field !== null ? `: "${p.field}"` : ""}; 넣어야 할 값: ${expected(p.expected)}`,
  "bad-type": (p) => `형식이 맞지 않음: 기대한 값 ${expected(p.expected)}, 실제 값 ${got(p.got)}`,
  "not-finite": (p) => `유한한 수여야 하는데 ${got(p.got)}임`,
  "bad-value": (p) =>
    p.form === "lottery-not-last"
      ? `"${p.lottery}"은(는) 동점 처리 기준(tie_break)의 맨 끝에 와야 함: 아직 동점인 팀을 모두 정렬하므로 그 뒤의 기준은 쓰일 일이 없음; 맨 뒤로 옮기세요`
      : `다음 중 하나여야 함: ${p.values.map((v) => JSON.stringify(v)).join(", ")}; 실제 값 ${got(p.got)}${didYouMean(p.suggestion)}`,
  "out-of-range": (p) => `범위를 벗어남: 기대한 값 ${expected(p.expected ?? "a valid value")}, 실제 값 ${got(p.got)}`,
  "bad-format": (p) => `형식이 맞지 않음: 기대한 값 ${expected(p.expected ?? "a valid value")}, 실제 값 ${got(p.got)}`,
  invalid: (p) =>
    p.expected === null ? `올바르지 않은 값: ${got(p.got)}` : `올바르지 않은 값: 기대한 값 ${expected(p.expected)}, 실제 값 ${got(p.got)}`,
  "duplicate-id": (p) => {
    switch (p.what) {
      case "criterion":
        return `평가 항목 id 중복: "${p.id}"; 평가 항목마다 id가 달라야 함`;
      case "lottery":
        return `tie_break 끝의 "${p.id}"은(는) 시드 추첨을 뜻하는데 같은 이름의 평가 항목이 있음; 그 평가 항목의 이름을 바꾸세요`;
      case "tie-word":
        return `동점 처리 평가 항목의 id로 "${p.id}"은(는) 쓸 수 없음: 출력(decided_by)에서 "${p.id}"은(는) ${p.id === "total" ? "총점" : p.id === "id" ? "id" : "선정 규칙"}(으)로 가려진 동점을 뜻함; 그 평가 항목의 이름을 바꾸세요`;
      case "quota":
        return `할당 이름 중복: "${p.id}"`;
      case "consortium":
        return `id 중복: "${p.id}" (${p.other}에도 있음); 컨소시엄마다 id가 달라야 함`;
      case "programme-consortium":
        return `컨소시엄 id 중복: "${p.id}" (${p.other}에도 있음)`;
      case "source":
        return `출처 id 중복: "${p.id}" (${p.other}에도 있음)`;
      case "reviewer":
        return `심사위원 id 중복: "${p.id}" (${p.other}에도 있음); 심사위원마다 파일 하나, id 하나여야 함`;
      case "stage":
        return `단계 id 중복: "${p.id}" (${p.other}에도 있음)`;
    }
  },
  "bad-scale": (p) => `scale.max가 scale.min보다 커야 하는데 min ${p.min}, max ${p.max}임`,
  "off-scale": (p) => {
    switch (p.form) {
      case "level":
        return `수준 "${p.name}" = ${p.value}: 척도(${p.min}~${p.max})를 벗어남`;
      case "threshold":
        return `기준값 ${p.value}: 평가 항목 "${p.name}"의 척도(${p.min}~${p.max})를 벗어나 어떤 점수와도 의미 있게 비교할 수 없음`;
      case "review":
        return `점수 ${p.value}: 평가 항목 "${p.name}"의 척도(${p.min}~${p.max})를 벗어남`;
      default:
        return `점수 ${p.value}: 척도(${p.min}~${p.max})를 벗어남`;
    }
  },
  "no-weight": () => "모든 가중치가 0임; 적어도 한 평가 항목에 0보다 큰 가중치를 주세요",
  "unknown-criterion": (p) =>
    `${p.form === "score" ? "알 수 없는 평가 항목의 점수" : "알 수 없는 평가 항목"} "${p.id}"${didYouMean(p.suggestion)}; 평가표의 항목: ${p.known.join(", ")}`,
  "incomplete-rule": (p) =>
    p.form === "gate-bounds"
      ? "자격 요건(gate)에는 min, max 중 하나 이상이 있어야 함"
      : p.form === "quota-bounds"
        ? "할당(quota)에는 min, max 중 하나 이상이 있어야 함"
        : "할당(quota)이 어느 팀을 세는지 kinds, ids 중 하나 이상으로 밝혀야 함",
  "min-above-max": (p) =>
    p.form === "gate"
      ? `min ${p.min}이(가) max ${p.max}보다 큼: 이 자격 요건을 통과할 팀이 없음`
      : `min ${p.min}이(가) max ${p.max}보다 큼`,
  "id-mismatch": (p) => `id와 파일 이름이 다름 (id "${p.id}", 파일 이름 "${p.stem}"); 파일 이름을 ${p.id}${p.ext}로 바꾸거나 id를 고치세요`,
  "bad-date": (p) => `${p.value}: 달력에 없는 날짜; 월과 일을 확인하세요`,
  "missing-score": (p) => `평가 항목 "${p.criterion}"(${p.label}) 점수 없음; scores.${p.criterion} 항목을 추가하세요`,
  "unknown-level": (p) => {
    switch (p.form) {
      case "unknown":
        return `평가 항목 "${p.criterion}"에 없는 수준 "${p.value}"${didYouMean(p.suggestion)}; ${p.min}부터 ${p.max}까지의 수나 다음 중 하나여야 함: ${p.names.join(", ")}`;
      case "no-levels":
        return `${p.min}부터 ${p.max}까지의 수여야 하는데 텍스트 "${p.value}"임 (평가 항목 "${p.criterion}"에는 수준이 정의되어 있지 않음)`;
      case "levels-ko":
        return `levels_ko의 수준 "${p.name}"${didYouMean(p.suggestion)}: levels에 정의되지 않은 수준${p.names.length ? `; 정의된 수준: ${p.names.join(", ")}` : ""}`;
    }
  },
  "bad-range": (p) =>
    p.form === "reversed"
      ? `범위 [${p.lo}, ${p.hi}]: 아래값이 위값보다 큼; [아래값, 위값] 순서로 쓰세요`
      : p.form === "off-scale"
        ? `범위 [${p.lo}, ${p.hi}]: 척도(${p.min}~${p.max})를 벗어남`
        : `범위 [${p.lo}, ${p.hi}]에 점수 ${p.value}이(가) 들어 있지 않음`,
  "unknown-kind": (p) =>
    `유형 "${p.kind}"인 ${p.what === "lead" ? "주관기관" : "기관"}이 없음 (혹시 "${p.near}"?); 쓰이는 유형: ${p.used.join(", ")}`,
  "unknown-consortium": (p) =>
    p.form === "quota"
      ? `알 수 없는 컨소시엄 id "${p.id}"${didYouMean(p.suggestion)}`
      : `알 수 없는 컨소시엄 "${p.id}"${didYouMean(p.suggestion)}; consortia/${p.id}.yaml이나 programme/consortia/${p.id}.yaml을 추가하세요`,
  "duplicate-entry": (p) => {
    switch (p.form) {
      case "paragraph":
        return `문단 ¶${p.key} 중복; 문단 번호는 한 번만 쓸 수 있음`;
      case "excerpt":
        return `발췌 키 "${p.key}" 중복; 키는 한 번만 쓸 수 있음`;
      case "entrant":
        return `"${p.key}": 두 번 올라 있음`;
      case "result":
        return `"${p.key}": 결과가 두 개임`;
    }
  },
  "unknown-source": (p) =>
    "dir" in p
      ? `알 수 없는 출처 "${p.source}"${didYouMean(p.suggestion)}; ${p.dir} 폴더에 ${p.source}.yaml 파일이 없음`
      : `sources/에 출처 "${p.source}"이(가) 없음${didYouMean(p.suggestion)}`,
  "bad-citation": (p) => {
    switch (p.form) {
      case "empty":
        return `빈 출처 표기; ${p.example} 꼴이어야 함`;
      case "no-source":
        return `"${p.part}": 출처 id가 없음; 출처 id를 먼저 쓰세요 (예: "unicorn-2025-07-21 ${p.part}")`;
      case "bad-id":
        return `"${p.text}": 출처 id가 아님(소문자 슬러그, 예: unicorn-2025-07-21); ${p.example} 꼴이어야 함`;
      case "no-place":
        return `"${p.text}": 출처의 어느 곳인지 없음; 문단(¶3)이나 발췌 키(#license)를 덧붙이세요`;
      case "reversed":
        return `"${p.text}": 문단 범위는 작은 번호에서 큰 번호로 씀 (예: ¶9-¶11)`;
      case "bad-place":
        return `"${p.part}"의 "${p.text}": 문단(¶3, ¶9-¶11)도 발췌 키(#license)도 아님`;
    }
  },
  "source-after-date": (p) =>
    p.form === "file"
      ? `출처 "${p.source}"은(는) ${p.date}(이 파일의 as_of)보다 늦은 ${p.published}에 발행됨; 파일에는 그날까지 공개된 것만 담아야 함`
      : `${p.published}에 발행된 ${p.source}을(를) 인용하지만 단계 ${p.stage}의 발표일(${p.date})보다 늦음; 단계는 그날이나 그 전에 나온 출처만 인용할 수 있음`,
  "unknown-paragraph": (p) =>
    p.form === "none"
      ? `출처 "${p.source}"에는 번호 붙은 문단이 없음; 발췌 중 하나를 인용하세요 (#${p.firstKey ?? "key"})`
      : p.form === "missing"
        ? `출처 "${p.source}"에 문단 ¶${p.n}이(가) 없음; 있는 문단: ${p.held}`
        : `출처 "${p.source}"에 문단 ¶${p.n}이(가) 없음`,
  "unknown-excerpt": (p) =>
    p.form === "none"
      ? `출처 "${p.source}"에는 이름 붙은 발췌가 없음; 문단을 인용하세요 (${p.held})`
      : p.form === "missing"
        ? `출처 "${p.source}"에 발췌 "#${p.key}"이(가) 없음${didYouMean(p.suggestion)}; 있는 발췌: ${hashes(p.keys)}`
        : `출처 "${p.source}"에 발췌 #${p.key}이(가) 없음${p.keys.length ? ` (있는 발췌: ${hashes(p.keys)})` : ""}`,
  "empty-source": () =>
    "출처에는 문단(paragraphs: 기사용, 번호) 또는 발췌(excerpts: 웹 페이지용, 이름)가 있어야 함: 출처 표기가 가리키는 인용문",
  "strict-no-sources": () =>
    "엄격 모드에는 출처 기록이 필요함: 컨소시엄 옆에 sources/ 폴더가 없음; 폴더를 추가하거나 --sources DIR을 주세요",
  "strict-uncited": (p) =>
    `${FACT[p.fact.kind]} ${p.fact.name}: 출처가 없음; source: "<출처 id> ¶N"을 추가하세요 (엄격 모드는 모든 사실에 출처를 요구함)`,
  "strict-no-evidence": (p) => `점수 ${p.id}: 근거가 없음; evidence: 항목에 점수의 바탕이 된 사실을 쓰세요 (엄격 모드)`,
  "strict-todo": () => "아직 TODO가 남아 있음; 사실로 채우세요 (엄격 모드)",
  "bad-csv": (p) => {
    switch (p.form) {
      case "parse":
        return `CSV로 읽을 수 없음 (파서의 설명: ${p.detail})`;
      case "duplicate-column":
        return `열 이름 중복: "${p.column}" (${p.also}번째 열에도 있음)`;
      case "empty-column":
        return "빈 열 이름; 열마다 이름(reviewer, team 또는 평가 항목 id)을 붙이세요";
      case "needs-column":
        return `머리글에 "${p.need}" 열이 있어야 함${p.near !== null ? ` ("${p.near}"이(가) "${p.need}"을(를) 뜻한 것인지?)` : ""}; reviewer,team,<평가 항목 id> 꼴이어야 함`;
      case "cell-count":
        return `이 행의 칸은 ${p.cells}개인데 머리글은 ${p.header}개임`;
      case "reviewer-needed":
        return "모든 행에 심사위원 id가 있어야 함";
      case "reviewer-slug":
        return `심사위원 id는 소문자 슬러그(영문 소문자, 숫자, - 또는 _)여야 하는데 "${p.reviewer}"임`;
      case "team-needed":
        return "모든 행에 팀 id가 있어야 함";
      case "twice":
        return `심사위원 "${p.reviewer}"은(는) ${p.row}번째 행에서 이미 팀 "${p.team}"을(를) 평가함; 심사위원과 팀 한 쌍에 한 행만 쓰세요`;
    }
  },
  "unknown-team": (p) => `알 수 없는 팀 "${p.team}"${didYouMean(p.suggestion)}; 컨소시엄: ${p.known.join(", ")}`,
  "too-few-reviews": (p) =>
    `팀 "${p.team}"의 "${p.criterion}" 유효 점수가 ${p.n}개뿐임${p.who.length ? ` (${p.who.join(", ")})` : ""}; 심사에는 최소 ${p.need}개가 필요함${p.olympic ? " (olympic 방식은 최고점과 최저점을 하나씩 뺌)" : ""}${p.recused.length ? `; 회피: ${p.recused.join(", ")}` : ""}`,
  "stage-incomplete": (p) => {
    switch (p.form) {
      case "done-no-date":
        return "끝난 단계에는 date(결과 발표일)가 있어야 함 (아니면 status: planned)";
      case "planned-no-when":
        return "예정된 단계에는 date나 예상 월(expected: 2026-08)이 있어야 함";
      case "planned-no-reported":
        return "date가 없는 예정 단계에는 reported(계획이 보도된 날)가 있어야 함";
      case "planned-results":
        return "예정된 단계에는 아직 결과가 없음; 결과가 발표되면 status: done으로 바꾸세요";
    }
  },
  "stage-order": (p) => `단계 ${p.id}의 날짜(${p.when})가 앞 파일 단계의 날짜(${p.previous})보다 앞섬; 파일 번호를 날짜 순서로 매기세요`,
  "not-an-entrant": (p) => `"${p.id}": 이 단계의 참가 팀이 아님${didYouMean(p.suggestion)}`,
  "advance-mismatch": (p) => `rules.advance는 ${p.advance}인데 진출(advanced)이나 추가(added) 결과는 ${p.advanced}개임`,
  "data-after-stage": (p) =>
    `${dated(p.dated)}: 단계 ${p.stage}(${p.day})보다 늦음; 백테스트는 단계 당일이나 그 전의 데이터만 씀 — ${p.day} 이전 기준 파일을 쓰세요`,
};

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { twMerge } from "tailwind-merge";

// `cn` only joins class names (lib/utils.ts), so two utilities for one CSS property on an element
// are both emitted and the stylesheet's order, not the markup, decides which wins. This detector
// reads the sources (never runs them), works out which class strings can end up on each element,
// and reports every string from which tailwind-merge would drop a token.
//
// What it follows: string literals, `a ? "x" : "y"` (both), `c && "x"`, `cn`/`clsx` calls (arrays
// and clsx object keys included), `const`s in scope or imported through `@/` or relative paths, cva
// definitions (every option of a variant the caller leaves open), and a call site's props
// (className, variant, size, any prop a className inside uses) into the component's elements,
// through any number of wrappers (CopyButton → Button → element).
// What it cannot see: classes built at run time (template strings, props it cannot resolve,
// `{...props}` spreads, `props.x`), cva `compoundVariants`, and Radix `asChild` (Slot joins the
// slot's and the child's className unmerged). An unknown class part counts as no classes, so there
// it under-reports rather than guesses.

export type ClassConflict = {
  /** `file:line` of the element the classes land on, after the call sites that lead there. */
  where: string[];
  classes: string;
  /** Tokens tailwind-merge would drop: the element must not carry them. */
  dropped: string[];
};

const UNKNOWN = Symbol("unknown");
type Alt = string | undefined | typeof UNKNOWN;
type Frame = { fn: ts.Node; props: Map<string, Alt[]> } | undefined;
type Binding =
  | { kind: "expr"; node: ts.Expression }
  | { kind: "fn"; node: ts.FunctionLikeDeclaration }
  | { kind: "param"; fn: ts.Node; init: ts.Expression | undefined };

const MAX_ALTERNATIVES = 5000;
const MAX_DEPTH = 8;

/** Reads every .ts/.tsx source (not tests) under `dirs`, keyed by path relative to `root`. */
export function readSources(root: string, dirs: string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of dirs) {
    for (const entry of readdirSync(path.join(root, dir), {
      recursive: true,
      withFileTypes: true,
    })) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name))
        continue;
      const full = path.join(entry.parentPath, entry.name);
      files.set(path.relative(root, full).split(path.sep).join("/"), readFileSync(full, "utf8"));
    }
  }
  return files;
}

/** Tokens of `classes` that tailwind-merge would drop because a later token sets the same property. */
export function droppedByMerge(classes: string): string[] {
  const tokens = [...new Set(classes.split(/\s+/).filter(Boolean))];
  const kept = new Set(twMerge(tokens.join(" ")).split(" "));
  return tokens.filter((token) => !kept.has(token));
}

export function findClassConflicts(sources: Map<string, string>): ClassConflict[] {
  const files = new Map<string, ts.SourceFile>();
  for (const [name, text] of sources) {
    const kind = name.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    files.set(name, ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, kind));
  }
  const found = new Map<string, ClassConflict>();

  function where(node: ts.Node): string {
    const file = node.getSourceFile();
    return `${file.fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  }

  function report(node: ts.Node, via: string[], values: Alt[]) {
    for (const classes of classStrings(values)) {
      const dropped = droppedByMerge(classes);
      const at = [...via, where(node)];
      const key = `${at.join(" > ")} ${dropped.join(" ")}`;
      if (dropped.length > 0 && !found.has(key)) found.set(key, { where: at, classes, dropped });
    }
  }

  // --- name resolution --------------------------------------------------------------------------

  function resolveModule(from: ts.SourceFile, specifier: string): ts.SourceFile | undefined {
    let base: string;
    if (specifier.startsWith("@/")) base = specifier.slice(2);
    else if (specifier.startsWith("."))
      base = path.posix.join(path.posix.dirname(from.fileName), specifier);
    else return undefined;
    for (const suffix of ["", ".tsx", ".ts", "/index.tsx", "/index.ts"]) {
      const file = files.get(base + suffix);
      if (file) return file;
    }
    return undefined;
  }

  function declaredIn(
    statements: ts.NodeArray<ts.Statement>,
    name: string,
    file: ts.SourceFile,
  ): Binding | undefined {
    for (const statement of statements) {
      if (ts.isVariableStatement(statement)) {
        for (const decl of statement.declarationList.declarations) {
          if (!ts.isIdentifier(decl.name) || decl.name.text !== name || !decl.initializer) continue;
          const init = decl.initializer;
          return ts.isArrowFunction(init) || ts.isFunctionExpression(init)
            ? { kind: "fn", node: init }
            : { kind: "expr", node: init };
        }
      } else if (ts.isFunctionDeclaration(statement) && statement.name?.text === name) {
        return { kind: "fn", node: statement };
      } else if (
        ts.isImportDeclaration(statement) &&
        ts.isStringLiteral(statement.moduleSpecifier)
      ) {
        const bindings = statement.importClause?.namedBindings;
        if (!bindings || !ts.isNamedImports(bindings)) continue;
        const element = bindings.elements.find((e) => e.name.text === name);
        if (!element) continue;
        const target = resolveModule(file, statement.moduleSpecifier.text);
        return (
          target &&
          declaredIn(target.statements, (element.propertyName ?? element.name).text, target)
        );
      }
    }
    return undefined;
  }

  function boundNames(name: ts.BindingName): { name: string; init: ts.Expression | undefined }[] {
    if (ts.isIdentifier(name)) return [{ name: name.text, init: undefined }];
    return name.elements.flatMap((element) => {
      if (ts.isOmittedExpression(element)) return [];
      if (ts.isIdentifier(element.name))
        return [{ name: element.name.text, init: element.initializer }];
      return boundNames(element.name);
    });
  }

  function lookup(id: ts.Identifier): Binding | undefined {
    for (let node: ts.Node | undefined = id.parent; node; node = node.parent) {
      if (ts.isFunctionLike(node)) {
        for (const param of node.parameters) {
          const bound = boundNames(param.name).find((b) => b.name === id.text);
          if (bound) return { kind: "param", fn: node, init: bound.init };
        }
      }
      if (ts.isBlock(node) || ts.isSourceFile(node)) {
        const binding = declaredIn(node.statements, id.text, node.getSourceFile());
        if (binding) return binding;
      }
    }
    return undefined;
  }

  // --- evaluation: every string an expression can produce --------------------------------------

  function product(lists: string[][]): string[] {
    let acc = [""];
    for (const list of lists) {
      const next = new Set<string>();
      for (const a of acc) for (const b of list) next.add(`${a} ${b}`.trim());
      acc = [...next];
      if (acc.length > MAX_ALTERNATIVES)
        throw new Error(`class-conflicts: more than ${MAX_ALTERNATIVES} class combinations`);
    }
    return acc;
  }

  function classStrings(values: Alt[]): string[] {
    return [...new Set(values.map((v) => (typeof v === "string" ? v : "")))];
  }

  function evaluate(expr: ts.Expression, frame: Frame): Alt[] {
    if (ts.isStringLiteralLike(expr)) return [expr.text];
    if (
      ts.isParenthesizedExpression(expr) ||
      ts.isAsExpression(expr) ||
      ts.isNonNullExpression(expr)
    ) {
      return evaluate(expr.expression, frame);
    }
    if (ts.isConditionalExpression(expr))
      return [...evaluate(expr.whenTrue, frame), ...evaluate(expr.whenFalse, frame)];
    if (ts.isBinaryExpression(expr)) {
      const op = expr.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken)
        return [...evaluate(expr.right, frame), undefined];
      if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
        return [...evaluate(expr.left, frame), ...evaluate(expr.right, frame)];
      }
    }
    if (ts.isArrayLiteralExpression(expr))
      return product(expr.elements.map((e) => classStrings(evaluate(e, frame))));
    if (ts.isObjectLiteralExpression(expr)) {
      // clsx's { "classes": condition } form: each key may or may not be present.
      return product(
        expr.properties.map((p) =>
          p.name && ts.isStringLiteral(p.name) ? [p.name.text, ""] : [""],
        ),
      );
    }
    if (ts.isIdentifier(expr)) {
      if (expr.text === "undefined") return [undefined];
      const binding = lookup(expr);
      if (binding?.kind === "expr") return evaluate(binding.node, frame);
      if (binding?.kind === "param") {
        const fallback = binding.init ? evaluate(binding.init, frame) : [undefined];
        // Outside a call we know nothing of the prop: any value, or its default.
        if (frame?.fn !== binding.fn) return [UNKNOWN, ...(binding.init ? fallback : [])];
        return frame.props.get(expr.text) ?? fallback;
      }
      return [UNKNOWN];
    }
    if (ts.isCallExpression(expr) && ts.isIdentifier(expr.expression)) {
      const callee = expr.expression;
      if (callee.text === "cn" || callee.text === "clsx") {
        return product(expr.arguments.map((a) => classStrings(evaluate(a, frame))));
      }
      const binding = lookup(callee);
      if (binding?.kind === "expr" && isCva(binding.node))
        return callCva(binding.node, expr.arguments[0], frame);
    }
    return [UNKNOWN];
  }

  function isCva(node: ts.Expression): node is ts.CallExpression {
    return (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "cva"
    );
  }

  function property(
    obj: ts.Expression | undefined | "every option",
    name: string,
  ): ts.Expression | undefined {
    if (!obj || obj === "every option" || !ts.isObjectLiteralExpression(obj)) return undefined;
    for (const p of obj.properties) {
      if (ts.isPropertyAssignment(p) && p.name.getText() === name) return p.initializer;
      if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return p.name;
    }
    return undefined;
  }

  /** All class strings `variants(arg)` can return; a variant the caller leaves unknown takes every option. */
  function callCva(
    definition: ts.CallExpression,
    arg: ts.Expression | undefined | "every option",
    frame: Frame,
  ): Alt[] {
    const [base, config] = definition.arguments;
    const lists = [base ? classStrings(evaluate(base, frame)) : [""]];
    const variants = property(config, "variants");
    const defaults = property(config, "defaultVariants");
    if (variants && ts.isObjectLiteralExpression(variants)) {
      for (const v of variants.properties) {
        if (!ts.isPropertyAssignment(v) || !ts.isObjectLiteralExpression(v.initializer)) continue;
        const key = v.name.getText();
        const options = new Map(
          v.initializer.properties
            .filter(ts.isPropertyAssignment)
            .map((o) => [o.name.getText().replace(/^["']|["']$/g, ""), o.initializer]),
        );
        const given = arg === "every option" ? undefined : property(arg, key);
        const defaultExpr = property(defaults, key);
        const opaque =
          arg === "every option" || (arg !== undefined && !ts.isObjectLiteralExpression(arg));
        const chosen = opaque ? [UNKNOWN] : given ? evaluate(given, frame) : [undefined];
        const classes = new Set<string>();
        for (const choice of chosen) {
          let names: string[] = [...options.keys()];
          if (typeof choice === "string") names = [choice];
          else if (choice === undefined)
            names = defaultExpr ? classStrings(evaluate(defaultExpr, frame)) : [];
          if (names.length === 0) classes.add("");
          for (const name of names) {
            const option = options.get(name);
            for (const c of option ? classStrings(evaluate(option, frame)) : [""]) classes.add(c);
          }
        }
        lists.push([...classes]);
      }
    }
    return product(lists);
  }

  // --- elements ----------------------------------------------------------------------------------

  function attribute(el: ts.JsxOpeningLikeElement, name: string): ts.JsxAttribute | undefined {
    return el.attributes.properties.find(
      (a): a is ts.JsxAttribute => ts.isJsxAttribute(a) && a.name.getText() === name,
    );
  }

  function attributeValues(attr: ts.JsxAttribute, frame: Frame): Alt[] {
    const init = attr.initializer;
    if (!init) return [UNKNOWN];
    if (ts.isStringLiteral(init)) return [init.text];
    if (ts.isJsxExpression(init) && init.expression) return evaluate(init.expression, frame);
    return [UNKNOWN];
  }

  function mentions(node: ts.Node, name: string): boolean {
    return (
      (ts.isIdentifier(node) && node.text === name) ||
      (ts.forEachChild(node, (child) => mentions(child, name) || undefined) ?? false)
    );
  }

  /** The elements inside a component whose className uses one of its props, and those props' names. */
  function propTargets(tag: ts.JsxTagNameExpression) {
    if (!ts.isIdentifier(tag)) return undefined;
    const binding = lookup(tag);
    if (binding?.kind !== "fn") return undefined;
    const fn = binding.node;
    const body = fn.body;
    if (!body) return undefined;
    const names = new Set(fn.parameters.flatMap((p) => boundNames(p.name).map((b) => b.name)));
    const used = new Set<string>();
    const targets: ts.JsxOpeningLikeElement[] = [];
    const visit = (node: ts.Node) => {
      const init =
        (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) &&
        attribute(node, "className")?.initializer;
      if (init) {
        const mentioned = [...names].filter((name) => mentions(init, name));
        mentioned.forEach((name) => used.add(name));
        if (mentioned.length > 0) targets.push(node as ts.JsxOpeningLikeElement);
      }
      ts.forEachChild(node, visit);
    };
    visit(body);
    return { fn, used, targets };
  }

  function checkElement(el: ts.JsxOpeningLikeElement, frame: Frame, via: string[]) {
    const props = new Map<string, Alt[]>();
    for (const attr of el.attributes.properties) {
      if (ts.isJsxAttribute(attr)) props.set(attr.name.getText(), attributeValues(attr, frame));
    }
    const component = via.length < MAX_DEPTH ? propTargets(el.tagName) : undefined;
    if (component && [...props.keys()].some((name) => component.used.has(name))) {
      for (const target of component.targets)
        checkElement(target, { fn: component.fn, props }, [...via, where(el)]);
      return;
    }
    const classes = props.get("className");
    if (classes) report(el, via, classes);
  }

  function insideJsxAttribute(node: ts.Node): boolean {
    for (let n = node.parent; n; n = n.parent) if (ts.isJsxAttribute(n)) return true;
    return false;
  }

  for (const file of files.values()) {
    const visit = (node: ts.Node) => {
      if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node))
        checkElement(node, undefined, []);
      // `cn` outside JSX (e.g. a shared class constant) and every cva definition's full option grid.
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "cn" &&
        !insideJsxAttribute(node)
      ) {
        report(node, [], evaluate(node, undefined));
      }
      if (ts.isVariableDeclaration(node) && node.initializer && isCva(node.initializer)) {
        report(node, [], callCva(node.initializer, "every option", undefined));
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return [...found.values()];
}

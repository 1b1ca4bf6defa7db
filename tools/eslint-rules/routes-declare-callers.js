'use strict';

const ROUTE_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Head', 'Options', 'Search']);

/**
 * Every HTTP route says who may call it — its roles, or that it is public — on the method or on its
 * controller. The guard would let any valid token through a route that says nothing, so a route
 * left bare is a hole nobody decided on.
 *
 * @type {import('eslint').Rule.RuleModule}
 */
module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'Every HTTP route of a controller declares its roles or @Public()' },
    schema: [
      {
        type: 'object',
        properties: { decorators: { type: 'array', items: { type: 'string' }, minItems: 1 } },
        additionalProperties: false,
      },
    ],
    messages: {
      geenRollen:
        'Route {{route}} zegt niet wie hem mag aanroepen: zet @{{voorbeeld}}(...) of @Public() op de methode of op de controller.',
      leeg: '@{{decorator}}() zonder rol laat niemand toe: noem de rollen die deze route mogen aanroepen.',
    },
  },
  create(context) {
    const declaring = new Set(context.options[0]?.decorators ?? ['Rollen', 'Public']);
    const voorbeeld = [...declaring].find((name) => name !== 'Public') ?? 'Rollen';

    function checkEmpty(decorators) {
      for (const decorator of decorators) {
        const name = nameOf(decorator);
        if (name && name !== 'Public' && declaring.has(name) && argumentsOf(decorator)?.length === 0) {
          context.report({ node: decorator, messageId: 'leeg', data: { decorator: name } });
        }
      }
    }

    return {
      ClassDeclaration(node) {
        const classDecorators = node.decorators ?? [];
        if (!classDecorators.some((decorator) => nameOf(decorator) === 'Controller')) return;
        checkEmpty(classDecorators);
        const classDeclares = classDecorators.some((decorator) => declaring.has(nameOf(decorator)));
        for (const member of node.body.body) {
          if (member.type !== 'MethodDefinition') continue;
          const decorators = member.decorators ?? [];
          checkEmpty(decorators);
          const route = decorators.find((decorator) => ROUTE_DECORATORS.has(nameOf(decorator)));
          if (!route || classDeclares || decorators.some((decorator) => declaring.has(nameOf(decorator)))) continue;
          const key = member.key.type === 'Identifier' ? member.key.name : context.sourceCode.getText(member.key);
          context.report({ node: route, messageId: 'geenRollen', data: { route: `${node.id?.name ?? 'controller'}.${key}`, voorbeeld } });
        }
      },
    };
  },
};

/** `@Rollen(...)` and `@Public()` are calls; `@Foo` without parentheses is a bare identifier. */
function nameOf(decorator) {
  const expression = decorator.expression;
  const callee = expression.type === 'CallExpression' ? expression.callee : expression;
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && callee.property.type === 'Identifier') return callee.property.name;
  return undefined;
}

function argumentsOf(decorator) {
  return decorator.expression.type === 'CallExpression' ? decorator.expression.arguments : undefined;
}

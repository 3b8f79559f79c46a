import type { INestApplication, Type } from '@nestjs/common';
import { GUARDS_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';

/** One controller method, as the document's operationId names it (Nest Swagger's `Controller_method`). */
export interface RouteHandler {
  controller: Type;
  method: string;
  /** Class-level then method-level metadata, the method's winning. */
  meta<T>(key: string): T | undefined;
  guards(): unknown[];
  /** The handler's @Param() arguments with their pipes. */
  pathParams(): { name: string; pipes: unknown[] }[];
  takesBody(): boolean;
}

interface RouteArg {
  index: number;
  data?: unknown;
  pipes?: unknown[];
}

function handlerOf(controller: Type, method: string): RouteHandler {
  const handler = controller.prototype[method] as object;
  const args = (): [string, RouteArg][] =>
    Object.entries((Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, RouteArg>);
  const ofType = (type: RouteParamtypes) => args().filter(([key]) => key.split(':')[0] === String(type));
  return {
    controller,
    method,
    meta: <T>(key: string) =>
      (Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller)) as T | undefined,
    guards: () => [
      ...((Reflect.getMetadata(GUARDS_METADATA, controller) as unknown[]) ?? []),
      ...((Reflect.getMetadata(GUARDS_METADATA, handler) as unknown[]) ?? []),
    ],
    pathParams: () =>
      ofType(RouteParamtypes.PARAM).map(([, arg]) => ({ name: String(arg.data), pipes: arg.pipes ?? [] })),
    takesBody: () => ofType(RouteParamtypes.BODY).length > 0,
  };
}

/** Every controller method of the application, by the operationId Swagger gives it. */
export function routeHandlers(app: INestApplication): Map<string, RouteHandler> {
  const handlers = new Map<string, RouteHandler>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type;
      for (const method of Object.getOwnPropertyNames(controller.prototype)) {
        if (method !== 'constructor') handlers.set(`${controller.name}_${method}`, handlerOf(controller, method));
      }
    }
  }
  return handlers;
}

// Expected errors: they carry a message meant for the user and map to a status.
// Anything else is unexpected: logged, and never shown to the client.

export class AppError extends Error {
  constructor(
    readonly code: "not_found" | "forbidden" | "unauthorized" | "conflict" | "validation" | "rate_limited",
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(entity = "Posten") {
    super("not_found", `${entity} finns inte eller så saknar du behörighet`);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "Du saknar behörighet för detta") {
    super("forbidden", message);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "Du behöver logga in") {
    super("unauthorized", message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super("conflict", message, fieldErrors);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super("validation", message, fieldErrors);
  }
}

export const httpStatus: Record<AppError["code"], number> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};

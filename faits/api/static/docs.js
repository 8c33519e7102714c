// The OpenAPI page, from the Swagger UI files installed with the package (no CDN).
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });

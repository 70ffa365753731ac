package se.sodertorn.governance.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import se.sodertorn.governance.ejb.meeting.PaperLimit;

/**
 * Bounds an upload before any of it is read: the body must state its length ({@code Content-Length}; 411 without
 * it) and may hold at most a paper's limit ({@link PaperLimit#maxBytes()}) plus {@value #FORM_ALLOWANCE} bytes for
 * the other fields and the multipart boundaries (413 above that).
 */
@Provider
@BoundedUpload
public class UploadSizeFilter implements ContainerRequestFilter {

    /** Bytes a multipart upload may hold besides its file. */
    static final long FORM_ALLOWANCE = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        long bytes;
        try {
            bytes = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException unreadable) {
            bytes = -1;
        }
        if (bytes < 0) {
            request.abortWith(answer(Response.Status.LENGTH_REQUIRED, "length-required",
                    "Send the upload with its Content-Length."));
        } else if (bytes > PaperLimit.maxBytes() + FORM_ALLOWANCE) {
            request.abortWith(tooLarge());
        }
    }

    /** 413 with the API's JSON error naming the limit. */
    static Response tooLarge() {
        return answer(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too-large",
                "A paper may be at most " + PaperLimit.megabytes(PaperLimit.maxBytes()) + " MB.");
    }

    private static Response answer(Response.Status status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiRecords.ErrorJson(code, message)).build();
    }
}

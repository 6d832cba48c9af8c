package javax.servlet.http;

public interface HttpSession {}
